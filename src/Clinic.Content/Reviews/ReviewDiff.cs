using System.Globalization;

namespace Clinic.Content.Reviews;

/// <summary>A short, readable summary of what changed in a page since it was signed off: which lines, and the first words.</summary>
internal static class ReviewDiff
{
    /// <summary>Changed regions longer than this (after the common start and end) are only counted, to bound time and memory.</summary>
    public const int MaxLines = 1500;

    private const int Shown = 3;
    private const int Excerpt = 60;

    /// <summary>e.g. "2 lines changed, 1 added: line 14 now reads "..." (was "..."); line 20 added "...".</summary>
    /// <param name="asSigned">The file as signed.</param>
    /// <param name="current">The file now; line numbers in the summary are its lines.</param>
    /// <param name="ignore">Lines whose change does not count (the sign-off's own fields).</param>
    public static string Summarise(string asSigned, string current, Func<string, bool> ignore)
    {
        ArgumentNullException.ThrowIfNull(asSigned);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(ignore);
        var before = asSigned.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var after = current.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var (start, end) = CommonEnds<string>(before, after);
        var oldMiddle = before[start..^end];
        var newMiddle = after[start..^end];
        if (oldMiddle.Length > MaxLines || newMiddle.Length > MaxLines)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"lines {start + 1} to {after.Length - end} were rewritten ({oldMiddle.Length} lines then, {newMiddle.Length} now)");
        }

        var edits = Edits(oldMiddle, newMiddle)
            .Where(e => !((e.Old is null || ignore(e.Old)) && (e.New is null || ignore(e.New))))
            .Select(e => (Line: e.Line + start, e.Old, e.New))
            .ToList();
        if (edits.Count == 0)
        {
            return "only the sign-off lines differ from the signed copy";
        }

        var changed = edits.Count(e => e.Old is not null && e.New is not null);
        var added = edits.Count(e => e.Old is null);
        var removed = edits.Count(e => e.New is null);
        var counts = new[] { Count(changed, "changed"), Count(added, "added"), Count(removed, "removed") }.Where(c => c.Length > 0);
        var details = edits.Take(Shown).Select(e => e switch
        {
            { Old: null } => string.Create(CultureInfo.InvariantCulture, $"line {e.Line} added \"{Cut(e.New!)}\""),
            { New: null } => string.Create(CultureInfo.InvariantCulture, $"line {e.Line} removed (was \"{Cut(e.Old)}\")"),
            _ => string.Create(CultureInfo.InvariantCulture, $"line {e.Line} now reads {Changed(e.Old, e.New!)}"),
        });
        var more = edits.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $"; and {edits.Count - Shown} more") : string.Empty;
        return $"{string.Join(", ", counts)}: {string.Join("; ", details)}{more}";
    }

    // A longest-common-subsequence walk; changed lines pair up a removal with the addition at the same place.
    private static List<(int Line, string? Old, string? New)> Edits(string[] before, string[] after)
    {
        var lcs = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = before[i] == after[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<(int Line, string? Old, string? New)>();
        int a = 0, b = 0;
        while (a < before.Length || b < after.Length)
        {
            if (a < before.Length && b < after.Length && before[a] == after[b])
            {
                a++;
                b++;
            }
            else if (a < before.Length && b < after.Length && lcs[a + 1, b] == lcs[a, b + 1])
            {
                edits.Add((b + 1, before[a++], after[b++]));
            }
            else if (b < after.Length && (a == before.Length || lcs[a, b + 1] >= lcs[a + 1, b]))
            {
                edits.Add((b + 1, null, after[b++]));
            }
            else
            {
                edits.Add((b + 1, before[a++], null));
            }
        }

        return edits;
    }

    /// <summary>How many items the two share at the start, and how many (of the rest) at the end.</summary>
    private static (int Start, int End) CommonEnds<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : IEquatable<T>
    {
        var start = 0;
        while (start < a.Length && start < b.Length && a[start].Equals(b[start]))
        {
            start++;
        }

        var end = 0;
        while (end < a.Length - start && end < b.Length - start && a[a.Length - end - 1].Equals(b[b.Length - end - 1]))
        {
            end++;
        }

        return (start, end);
    }

    private static string Count(int count, string what) =>
        count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{count} line{(count == 1 ? string.Empty : "s")} {what}");

    // Shows the words that differ, with a little of the text around them: "...for about a month after..." (was "...a week...").
    private static string Changed(string old, string now)
    {
        var (start, end) = CommonEnds(old.AsSpan(), now.AsSpan());
        const int Context = 20;
        string Around(string line)
        {
            var from = Math.Max(0, start - Context);
            var to = Math.Min(line.Length, line.Length - end + Context);
            return $"\"{(from > 0 ? "..." : string.Empty)}{Cut(line[from..to])}{(to < line.Length ? "..." : string.Empty)}\"";
        }

        return $"{Around(now)} (was {Around(old)})";
    }

    private static string Cut(string? line)
    {
        var text = (line ?? string.Empty).Trim();
        return text.Length <= Excerpt ? text : text[..Excerpt] + "...";
    }
}
