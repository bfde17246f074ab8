using System.Globalization;
using System.Text;

namespace Clinic.Content.Cli.References;

/// <summary>Writes a study as a references.yaml entry in the library's style, with kind, population and summary left for the editor.</summary>
internal static class ReferenceEntry
{
    /// <summary>The entry's text, starting with a blank line so it can be appended to the file.</summary>
    public static string Render(string key, StudyRecord study)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(study);
        var text = new StringBuilder();
        text.Append('\n');
        text.Append($"- key: {key}\n");
        Field(text, "authors", AuthorNames.Line(study.Authors));
        Field(text, "title", study.Title);
        Field(text, "journal", study.Journal);
        Field(text, "year", study.Year?.ToString(CultureInfo.InvariantCulture));
        Field(text, "volume", Quoted(study.Volume));
        Field(text, "issue", Quoted(study.Issue));
        Field(text, "pages", study.Pages);
        Field(text, "doi", study.Doi);
        Field(text, "pmid", Quoted(study.Pmid));
        Field(text, "url", study.Doi is { } doi ? "https://doi.org/" + doi : study.Pmid is { } pmid ? $"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" : null);
        // Left empty on purpose: the loader reports each one until the editor fills it in, so the entry cannot go live half-done.
        text.Append("  # FILL IN: what kind of study it is: trial, meta-analysis, systematic review, animal study, observational study...\n");
        text.Append("  kind:\n");
        text.Append("  # FILL IN: humans or animals.\n");
        text.Append("  population:\n");
        text.Append("  # FILL IN: what it found, in two to four plain sentences, with its size and its limits.\n");
        text.Append("  summary:\n");
        return text.ToString();
    }

    /// <summary>"autry2011": the first author's family name and the year; with a letter added when the key is taken.</summary>
    public static string KeyFor(StudyRecord study, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(taken);
        var family = study.Authors.Count > 0 ? study.Authors[0].Split(' ')[0] : "study";
        var stem = new string(family.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());
        var key = (stem.Length > 0 ? stem : "study") + study.Year?.ToString(CultureInfo.InvariantCulture);
        var candidate = key;
        for (var suffix = 'b'; taken.Contains(candidate) && suffix <= 'z'; suffix++)
        {
            candidate = key + suffix;
        }

        return candidate;
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append($"  {name}: {Plain(value)}\n");
        }
    }

    private static string? Quoted(string? value) => value is null ? null : "\"" + value.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";

    // Quote a value only when YAML would read it as something else (a mapping, a comment, a flow list...).
    private static string Plain(string value)
    {
        var oneLine = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var risky = oneLine.Contains(": ", StringComparison.Ordinal) || oneLine.Contains(" #", StringComparison.Ordinal)
            || "[]{}&*!|>'%@`,?-:#\"".Contains(oneLine[0], StringComparison.Ordinal) || oneLine.EndsWith(':');
        return risky && !(oneLine.StartsWith('"') && oneLine.EndsWith('"') && oneLine.Length > 1)
            ? "\"" + oneLine.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : oneLine;
    }
}
