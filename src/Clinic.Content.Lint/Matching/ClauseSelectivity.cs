namespace Clinic.Content.Lint.Matching;

/// <summary>How much a clause of required literals narrows the sentences a pattern is run on.</summary>
internal static class ClauseSelectivity
{
    // Words so common that a set containing one filters almost nothing; any other set is preferred.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "not", "no", "of",
        "on", "or", "that", "the", "this", "to", "was", "were", "will", "with", "you", "your",
    };

    public static readonly HashSet<string> Digits = new(StringComparer.Ordinal) { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

    public static HashSet<string>? Better(HashSet<string>? a, HashSet<string> b)
    {
        if (b.Count == 0 || b.Any(s => s.Length == 0))
        {
            return a;
        }

        if (a is null)
        {
            return b;
        }

        var scoreA = Score(a);
        var scoreB = Score(b);
        return scoreB > scoreA || (scoreB == scoreA && b.Count < a.Count) ? b : a;
    }

    /// <summary>
    /// Dropping a clause is always safe (it only filters less). Clauses with a space, a single letter or punctuation
    /// mark, or a very common word are satisfied by almost every sentence and cost more to look for than they save.
    /// A lone digit or a rare symbol such as "%" is kept: "12 %" must not send every sentence with a number to the
    /// percentage patterns.
    /// </summary>
    public static bool IsSelective(HashSet<string> clause) =>
        clause.Count > 0 && clause.All(l => l.Trim() is { Length: > 0 } t && (t.Length >= 2 || IsRareCharacter(t[0])) && !CommonWords.Contains(t));

    private static bool IsRareCharacter(char c) => char.IsAsciiDigit(c) || !char.IsAscii(c) || c is '%' or '$' or '+' or '=' or '<' or '>' or '~' or '#' or '@' or '&';

    /// <summary>How selective a set is: its shortest literal's length, or 0 when it holds a very common word.</summary>
    private static int Score(HashSet<string> set) =>
        set.Any(s => CommonWords.Contains(s.Trim())) ? 0 : set.Min(s => s.Length);
}
