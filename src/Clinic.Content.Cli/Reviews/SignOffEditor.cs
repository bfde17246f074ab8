using System.Globalization;
using Clinic.Content.Reviews;

namespace Clinic.Content.Cli.Reviews;

/// <summary>Writes a sign-off into a page's front matter: reviewer, date, next review and fingerprint, keeping every other line as it was.</summary>
internal static class SignOffEditor
{
    /// <summary>The page text signed by <paramref name="reviewer"/> on <paramref name="day"/>, due again on <paramref name="next"/>; null when it has no front matter.</summary>
    public static string? Sign(string text, string reviewer, DateOnly day, DateOnly next)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var close = lines.Count > 0 && lines[0].TrimStart('\uFEFF') == "---" ? lines.FindIndex(1, l => l is "---" or "...") : -1;
        if (close < 0)
        {
            return null;
        }

        var values = new (string Field, string Value)[]
        {
            ("reviewer", Quote(reviewer)),
            ("reviewed", Date(day)),
            ("next-review", Date(next)),
            (ReviewSignature.Field, ReviewSignature.Fingerprint(text)),
        };
        foreach (var (field, value) in values)
        {
            var at = lines.FindIndex(1, close - 1, l => l.StartsWith(field + ":", StringComparison.Ordinal));
            if (at >= 0)
            {
                lines[at] = $"{field}: {value}";
            }
            else
            {
                lines.Insert(close++, $"{field}: {value}");
            }
        }

        return string.Join(newline, lines);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
