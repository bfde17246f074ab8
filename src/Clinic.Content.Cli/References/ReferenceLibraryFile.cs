using System.Text.RegularExpressions;

namespace Clinic.Content.Cli.References;

/// <summary>content/references.yaml as text: which keys, DOIs and PMIDs it holds, and appending an entry without touching the rest.</summary>
/// <remarks>
/// Read as text rather than through the loader, so entries the loader drops (an unfinished entry with no summary yet)
/// still count as taken.
/// </remarks>
internal sealed partial class ReferenceLibraryFile(string path)
{
    public string Path { get; } = path;

    public IReadOnlySet<string> Keys() => Values("key").Select(v => v.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key of the entry with this DOI (case-insensitive, as DOIs are) or PMID, or null.</summary>
    public string? Duplicate(string? doi, string? pmid)
    {
        string? key = null;
        foreach (var (field, value) in Values(null))
        {
            if (field == "key")
            {
                key = value;
            }
            else if ((field == "doi" && doi is not null && string.Equals(value, doi, StringComparison.OrdinalIgnoreCase))
                || (field == "pmid" && pmid is not null && value == pmid))
            {
                return key ?? "(an entry without a key)";
            }
        }

        return null;
    }

    public void Append(string entry)
    {
        var existing = File.Exists(Path) ? File.ReadAllText(Path) : string.Empty;
        File.AppendAllText(Path, (existing.Length == 0 || existing.EndsWith('\n') ? string.Empty : "\n") + entry);
    }

    private IEnumerable<(string Field, string Value)> Values(string? only)
    {
        if (!File.Exists(Path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(Path))
        {
            if (Field().Match(line) is { Success: true } match && (only is null || match.Groups["field"].Value == only))
            {
                yield return (match.Groups["field"].Value, match.Groups["value"].Value.Trim().Trim('"', '\''));
            }
        }
    }

    [GeneratedRegex(@"^(?:-\s+|\s+)(?<field>key|doi|pmid):\s*(?<value>.*?)\s*$")]
    private static partial Regex Field();
}
