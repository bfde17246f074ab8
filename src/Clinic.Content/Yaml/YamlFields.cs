using System.Globalization;
using Clinic.Content.Diagnostics;
using Clinic.Content.Links;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Yaml;

/// <summary>Typed, position-aware reads from one YAML mapping; every problem becomes a diagnostic.</summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> fields = new(StringComparer.Ordinal);
    private readonly int firstLine;
    private readonly DiagnosticBag bag;

    public YamlFields(YamlMappingNode mapping, int firstLine, DiagnosticBag bag, SourcePosition ownerPosition)
    {
        this.firstLine = firstLine;
        this.bag = bag;
        OwnerPosition = ownerPosition;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                fields[name] = (key, value);
            }
        }
    }

    /// <summary>Where a "missing field" diagnostic points: the start of the mapping.</summary>
    public SourcePosition OwnerPosition { get; }

    /// <summary>File position of a field's value, when present.</summary>
    public SourcePosition? PositionOf(string name) =>
        fields.TryGetValue(name, out var field) ? At(field.Value) : null;

    /// <summary>File position of a field's name.</summary>
    public SourcePosition KeyPositionOf(string name) => At(fields[name].Key);

    /// <summary>Positions of every field's value, keyed by field name.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions() =>
        fields.ToDictionary(f => f.Key, f => At(f.Value.Value), StringComparer.Ordinal);

    public SourcePosition At(YamlNode node) => YamlText.ToFile(node.Start, firstLine);

    /// <summary>A text field; reports CC002 when required and missing or empty.</summary>
    public string? Text(string name, bool required, string example)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            if (required)
            {
                bag.Error(OwnerPosition, DiagnosticCodes.MissingField,
                    $"The required field '{name}' is missing.", $"Add a line such as `{name}: {example}`.", name);
            }

            return null;
        }

        if (field.Value is not YamlScalarNode scalar)
        {
            bag.Error(At(field.Value), DiagnosticCodes.InvalidField,
                $"The field '{name}' must be plain text, not a list or a nested block.",
                $"Write it on one line, for example `{name}: {example}`.");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                bag.Error(At(field.Key), DiagnosticCodes.MissingField,
                    $"The required field '{name}' is empty.", $"Give it a value, for example `{name}: {example}`.", name);
            }

            return null;
        }

        return value;
    }

    /// <summary>A YYYY-MM-DD date; reports CC003 when it is not a real date.</summary>
    public DateOnly? Date(string name, bool required)
    {
        var text = Text(name, required, "2026-11-21");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        bag.Error(At(fields[name].Value), DiagnosticCodes.InvalidDate,
            $"'{text}' is not a valid date for '{name}'.",
            "Write the date as YYYY-MM-DD with a real day of the month, for example `2026-11-21`.");
        return null;
    }

    /// <summary>
    /// An address that passes <see cref="LinkPolicy"/>, the allow-list Markdown links use. Anything else is reported
    /// and returned in <paramref name="refused"/>, so the page can show it as text, never as a link.
    /// </summary>
    public string? Url(string name, string example, out string? refused)
    {
        refused = null;
        var text = Text(name, required: false, example);
        if (text is null || LinkPolicy.IsSafe(text))
        {
            return text;
        }

        refused = text;
        bag.Warning(At(fields[name].Value), DiagnosticCodes.UnsafeLink,
            $"The address '{LinkPolicy.Shorten(text)}' in '{name}' uses a scheme the site never links to, so it is shown as plain text.",
            $"Use an address starting with https:// (or http://, mailto:), or a site address such as /faq, for example `{name}: {example}`.");
        return null;
    }

    /// <summary>A true/false flag.</summary>
    public bool Flag(string name, bool fallback)
    {
        var text = Text(name, required: false, "false");
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        bag.Error(At(fields[name].Value), DiagnosticCodes.InvalidField,
            $"'{text}' is not a valid value for '{name}'.", $"Write `{name}: true` or `{name}: false`.");
        return fallback;
    }

    /// <summary>A required text that must be one of <paramref name="allowed"/>; anything else is reported with the list.</summary>
    public string? OneOf(string name, IReadOnlyList<string> allowed)
    {
        var text = Text(name, required: true, allowed[0]);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        bag.Error(At(fields[name].Value), DiagnosticCodes.InvalidField,
            $"'{text}' is not a known {name}.", $"Write one of: {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>A whole number.</summary>
    public int? Number(string name, bool required, string example)
    {
        var text = Text(name, required, example);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        bag.Error(At(fields[name].Value), DiagnosticCodes.InvalidField,
            $"'{text}' is not a whole number for '{name}'.", $"Write digits only, for example `{name}: {example}`.");
        return null;
    }

    /// <summary>A list of short texts, written as a YAML list or as one comma-separated line.</summary>
    public IReadOnlyList<string> TextList(string name)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            return [];
        }

        return field.Value switch
        {
            YamlSequenceNode sequence => sequence.Children
                .OfType<YamlScalarNode>()
                .Select(s => s.Value?.Trim() ?? string.Empty)
                .Where(s => s.Length > 0)
                .ToArray(),
            YamlScalarNode { Value: { } line } => line
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => ReportNotAList(name, field.Value),
        };
    }

    /// <summary>A nested mapping, read with the same rules.</summary>
    public YamlFields? Section(string name)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            return null;
        }

        if (field.Value is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, firstLine, bag, At(field.Value));
        }

        bag.Error(At(field.Value), DiagnosticCodes.InvalidField,
            $"The field '{name}' must be a block of named values.",
            $"Write `{name}:` on its own line and indent the values under it by two spaces.");
        return null;
    }

    /// <summary>A list of nested mappings (e.g. site.yaml's reviewers), each read with the same rules; items that are not blocks are reported.</summary>
    public IReadOnlyList<YamlFields> SectionList(string name, string example)
    {
        if (!fields.TryGetValue(name, out var field))
        {
            return [];
        }

        if (field.Value is not YamlSequenceNode items)
        {
            ReportNotAList(name, field.Value);
            return [];
        }

        var sections = new List<YamlFields>();
        foreach (var item in items)
        {
            if (item is YamlMappingNode mapping)
            {
                sections.Add(new YamlFields(mapping, firstLine, bag, At(item)));
            }
            else
            {
                bag.Error(At(item), DiagnosticCodes.InvalidField,
                    $"Each entry under '{name}' must be a block of named values.", $"Start each entry with `- ` and indent its fields, e.g. `{example}`.");
            }
        }

        return sections;
    }

    /// <summary>Reports a warning at a present field's value.</summary>
    public void Warn(string name, string code, string message, string hint) => bag.Warning(At(fields[name].Value), code, message, hint);

    /// <summary>Warns about fields that are not in <paramref name="known"/>, suggesting the nearest name.</summary>
    public void WarnUnknown(IReadOnlyCollection<string> known)
    {
        foreach (var name in fields.Keys.Where(n => !known.Contains(n)))
        {
            var nearest = known.MinBy(k => EditDistance(k, name));
            var hint = nearest is not null && EditDistance(nearest, name) <= 3
                ? $"Did you mean '{nearest}'? Rename the field."
                : $"Remove it, or use one of: {string.Join(", ", known)}.";
            bag.Warning(KeyPositionOf(name), DiagnosticCodes.InvalidField, $"Unknown field '{name}' is ignored.", hint);
        }
    }

    private string[] ReportNotAList(string name, YamlNode node)
    {
        bag.Error(At(node), DiagnosticCodes.InvalidField,
            $"The field '{name}' must be a list.", $"Write it as `{name}: [first, second]`.");
        return [];
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
