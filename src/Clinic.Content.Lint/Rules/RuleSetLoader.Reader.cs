using System.Globalization;
using Clinic.Content.Lint.Reader;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Lint.Rules;

/// <summary>Reads the 'reader:' section: the learned second reader's weights, written by bench/ml-reader.</summary>
public static partial class RuleSetLoader
{
    private static readonly string[] ReaderFields = ["about", "bias", "weights"];

    private static ClaimReaderModel? ReadReader(string path, YamlMappingNode root)
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

        return new ClaimReaderModel(bias, table);
    }

    private static double Number(string path, YamlNode node, string what)
    {
        var text = Scalar(path, node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Problem(path, node, $"{what} must be a number, not '{text}'");
    }
}
