using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Accuracy;

/// <summary>
/// Sentence bounds exactly as the corpus scorer draws them: a sentence ends at whitespace after '.', '!' or '?'
/// (closing quotes and brackets allowed between), or at a run of newlines; "Dr.", "U.S." and a few other
/// abbreviations do not end one. Scoring against other bounds would make the numbers disagree with score.py.
/// </summary>
internal static partial class CorpusSentences
{
    /// <summary>The (start, end) of every boundary in <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int End)> Boundaries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bounds = new List<(int, int)>();
        foreach (Match match in Boundary().Matches(text))
        {
            if (match.Value[0] != '\n' && Abbreviation().IsMatch(text.AsSpan(0, match.Index)))
            {
                continue;
            }

            bounds.Add((match.Index, match.Index + match.Length));
        }

        return bounds;
    }

    /// <summary>The sentence (or sentences) containing [start, end).</summary>
    public static (int Start, int End) Around(string text, IReadOnlyList<(int Start, int End)> bounds, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bounds);
        var (from, to) = (0, text.Length);
        foreach (var (boundStart, boundEnd) in bounds)
        {
            if (boundEnd <= start)
            {
                from = boundEnd;
            }
            else if (boundStart >= end)
            {
                to = boundStart;
                break;
            }
        }

        return (from, to);
    }

    [GeneratedRegex(@"(?<=[.!?])[""'”’)\]]*[ \t]+|\n+")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:Dr|Mr|Mrs|Ms|St|vs|etc|e\.g|i\.e|U\.S|No|Inc|Jr|al)\.)$")]
    private static partial Regex Abbreviation();
}
