using System.Globalization;
using Clinic.Content.Lint.Reader;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Lint.Rules;

/// <summary>Reads the 'reader:' section: the learned second reader's weights, written by bench/ml-reader.</summary>
public static partial class RuleSetLoader
{
    private static readonly string[] ReaderFields = ["about", "bias", "weights"];

    // The line that opens the weights in the exporter's form: the last key of the top-level 'reader:' mapping.
    private const string WeightsLine = "\n  weights:\n";

    /// <summary>
    /// The reader's weights when the file ends in the exporter's form (<c>  weights:</c>, then one <c>    "words": number</c>
    /// line each, nothing after), with the length of the text before them; null for any other form, which is then read
    /// as YAML. The words are limited to what <see cref="ReaderWords"/> writes, so no YAML quoting rule can apply.
    /// </summary>
    internal static (int HeadLength, Dictionary<string, float> Table)? ReaderWeights(string text)
    {
        var at = text.LastIndexOf(WeightsLine, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var head = at + WeightsLine.Length;
        var rest = text.AsSpan(head);
        var table = new Dictionary<string, float>(rest.Count('\n') + 1, StringComparer.Ordinal);
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            if (!line.StartsWith("    \"", StringComparison.Ordinal))
            {
                return null;
            }

            line = line[5..];
            var close = line.IndexOf("\": ", StringComparison.Ordinal);
            if (close <= 0 || !IsReaderWords(line[..close]) || !IsDecimal(line[(close + 3)..])
                || !double.TryParse(line[(close + 3)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !double.IsFinite(weight)
                || !table.TryAdd(line[..close].ToString(), (float)weight))
            {
                return null;
            }
        }

        return table.Count == 0 ? null : (head, table);
    }

    private static bool IsReaderWords(ReadOnlySpan<char> words)
    {
        foreach (var c in words)
        {
            if (!char.IsLetter(c) && c is not (' ' or '#' or '%' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    // An optional minus, digits, and an optional fraction: a plain YAML scalar that is exactly the number it spells.
    private static bool IsDecimal(ReadOnlySpan<char> number)
    {
        var i = number.StartsWith('-') ? 1 : 0;
        var digits = i;
        while (i < number.Length && char.IsAsciiDigit(number[i]))
        {
            i++;
        }

        if (i == digits)
        {
            return false;
        }

        if (i < number.Length && number[i] == '.')
        {
            var fraction = ++i;
            while (i < number.Length && char.IsAsciiDigit(number[i]))
            {
                i++;
            }

            if (i == fraction)
            {
                return false;
            }
        }

        return i == number.Length;
    }

    // The text before the weights, as YAML; null unless its last key is the top-level 'reader:' mapping's empty
    // 'weights:' (so the lines after it are that mapping's entries) or when it does not parse on its own.
    private static YamlMappingNode? TryLoadHead(string path, string head)
    {
        YamlMappingNode root;
        try
        {
            root = Load(path, head);
        }
        catch (RuleSetException)
        {
            return null;
        }

        return root.Children.Count > 0 && root.Children.Last() is { Key: YamlScalarNode { Value: "reader" }, Value: YamlMappingNode reader }
            && reader.Children.Count > 0 && reader.Children.Last() is { Key: YamlScalarNode { Value: "weights" }, Value: YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" } }
            ? root
            : null;
    }

    private static ClaimReaderModel? ReadReader(string path, YamlMappingNode root, Dictionary<string, float>? read)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("reader"), out var node))
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            throw Problem(path, node, "'reader:' must have 'bias:' and 'weights:' (written by bench/ml-reader/run.sh export)");
        }

        foreach (var key in map.Children.Keys)
        {
            var name = Scalar(path, key, "field name");
            if (!ReaderFields.Contains(name, StringComparer.Ordinal))
            {
                throw Problem(path, key, $"unknown reader field '{name}' (known: {string.Join(", ", ReaderFields)})");
            }
        }

        var bias = Number(path, Field(map, "bias") ?? throw Problem(path, map, "'reader:' needs 'bias:', the score of a sentence with no known words"), "bias");
        if (read is not null)
        {
            return ClaimReaderModel.Owning(bias, read);
        }

        if (Field(map, "weights") is not YamlMappingNode weights || weights.Children.Count == 0)
        {
            throw Problem(path, Field(map, "weights") ?? map, "'reader:' needs 'weights:', a mapping from a word or word pair to its weight");
        }

        var table = new Dictionary<string, float>(weights.Children.Count, StringComparer.Ordinal);
        foreach (var (key, value) in weights.Children)
        {
            var gram = Scalar(path, key, "reader word");
            if (!table.TryAdd(gram, (float)Number(path, value, $"the weight of '{gram}'")))
            {
                throw Problem(path, key, $"the reader word '{gram}' has two weights");
            }
        }

        return ClaimReaderModel.Owning(bias, table);
    }

    private static double Number(string path, YamlNode node, string what)
    {
        var text = Scalar(path, node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Problem(path, node, $"{what} must be a number, not '{text}'");
    }
}
