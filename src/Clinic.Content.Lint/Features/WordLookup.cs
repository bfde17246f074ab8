using System.Globalization;

namespace Clinic.Content.Lint.Features;

/// <summary>
/// Finds the hits of every words-only feature in one pass over a sentence: a character trie of all list entries is
/// walked from each word start, instead of running one expression per list.
/// </summary>
/// <remarks>
/// It finds exactly what <see cref="WordList.ToPattern"/> finds for each list (a test checks both on every example):
/// entries are tried longest first, a space or hyphen matches any run of spaces and hyphens (or none), a trailing '*'
/// takes the rest of the word, and a match must not sit inside a word nor end before "n't"-style "'t".
/// </remarks>
public sealed class WordLookup
{
    private readonly Node root = new();

    /// <summary>Builds the trie from word lists; a list's index in <paramref name="lists"/> is its number in <see cref="Find"/>.</summary>
    public WordLookup(IReadOnlyList<IReadOnlyList<string>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Count = lists.Count;
        for (var list = 0; list < lists.Count; list++)
        {
            var entries = WordList.Entries(lists[list]);
            for (var rank = 0; rank < entries.Count; rank++)
            {
                Add(entries[rank], list, rank);
            }
        }
    }

    /// <summary>How many lists the trie holds.</summary>
    public int Count { get; }

    /// <summary>Every list's matches in <paramref name="text"/> as (start, length), non-overlapping, left to right; null where a list has none.</summary>
    public List<(int Start, int Length)>?[] Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Start, int Length)>?[Count];
        var nextFree = new int[Count];
        var best = new (int Rank, int End)[Count];
        var touched = new List<int>();
        for (var start = 0; start < text.Length; start++)
        {
            if (start > 0 && IsWordOrQuote(text[start - 1]))
            {
                continue;
            }

            Walk(root, text, start, best, touched);
            foreach (var list in touched)
            {
                var (_, end) = best[list];
                best[list] = default;
                if (start >= nextFree[list])
                {
                    (found[list] ??= []).Add((start, end - start));
                    nextFree[list] = end;
                }
            }

            touched.Clear();
        }

        return found;
    }

    private void Add(string entry, int list, int rank)
    {
        var node = root;
        var star = false;
        for (var i = 0; i < entry.Length; i++)
        {
            var c = entry[i];
            if (c == '*' && i == entry.Length - 1)
            {
                star = true;
            }
            else if (c is ' ' or '-')
            {
                // Consecutive separators match what one does: any run of spaces and hyphens.
                if (!node.IsSeparator)
                {
                    node = node.Separator ??= new Node { IsSeparator = true };
                }
            }
            else
            {
                var key = char.ToLowerInvariant(c);
                node.Children ??= [];
                if (!node.Children.TryGetValue(key, out var child))
                {
                    node.Children[key] = child = new Node();
                }

                node = child;
            }
        }

        (node.Ends ??= []).Add(new End(list, rank, star));
    }

    // Depth first, separators trying their longest run first: the order a backtracking expression tries them, so the
    // first end found for an entry is the one its expression would report.
    private static void Walk(Node node, string text, int at, (int Rank, int End)[] best, List<int> touched)
    {
        if (node.Ends is { } ends)
        {
            foreach (var end in ends)
            {
                var stop = end.Star ? RestOfWord(text, at) : at;
                if ((end.Star || EndsWord(text, stop)) && Better(best, end, stop, touched))
                {
                    best[end.List] = (end.Rank + 1, stop);
                }
            }
        }

        if (node.Separator is { } separator)
        {
            var run = at;
            while (run < text.Length && (char.IsWhiteSpace(text[run]) || text[run] == '-'))
            {
                run++;
            }

            for (var stop = run; stop >= at; stop--)
            {
                Walk(separator, text, stop, best, touched);
            }
        }

        if (at < text.Length && node.Children is { } children && children.TryGetValue(char.ToLowerInvariant(text[at]), out var next))
        {
            Walk(next, text, at + 1, best, touched);
        }
    }

    // best[list].Rank is the entry's rank plus one, so zero means nothing found yet at this start.
    private static bool Better((int Rank, int End)[] best, End end, int stop, List<int> touched)
    {
        var current = best[end.List].Rank;
        if (current == 0)
        {
            touched.Add(end.List);
            return true;
        }

        return end.Rank + 1 < current;
    }

    // The expression's trailing "[\w'-]*".
    private static int RestOfWord(string text, int at)
    {
        while (at < text.Length && (IsWordOrQuote(text[at]) || text[at] == '-'))
        {
            at++;
        }

        return at;
    }

    // The expression's "(?!\w|'t\b)".
    private static bool EndsWord(string text, int at) =>
        at >= text.Length
        || (!IsWord(text[at]) && !(text[at] == '\'' && at + 1 < text.Length && (text[at + 1] is 't' or 'T') && (at + 2 >= text.Length || !IsWord(text[at + 2]))));

    private static bool IsWordOrQuote(char c) => c == '\'' || IsWord(c);

    // What \w matches in .NET: letters, decimal digits, non-spacing marks and connector punctuation.
    private static bool IsWord(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    private readonly record struct End(int List, int Rank, bool Star);

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public Node? Separator { get; set; }

        public bool IsSeparator { get; init; }

        public List<End>? Ends { get; set; }
    }
}
