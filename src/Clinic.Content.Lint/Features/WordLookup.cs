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
    // The trie, built from nodes and then flattened. A node's links (its child per character class, its separator
    // node, whether entries end at it) sit in one small record, numbered depth first, so a walk down a chain of
    // single-child nodes (most of the trie) reads consecutive records; only nodes with two or more children have a row
    // in the per-class table. A table row for every node (19,000 nodes by 36 classes, 2.7 MB) did not fit the cache,
    // and its loads were most of the walk's time; dictionary lookups per character cost more still (docs/performance.md).
    private const int HasEnds = 1;
    private const int HasSeparator = 2;

    private readonly int classCount;
    private readonly int rootEntry;
    private readonly int[] asciiClass = new int[128];
    private readonly Dictionary<char, int> otherClass = [];
    private readonly Link[] links;
    private readonly int[] rows;
    private readonly End[]?[] ends;

    // Per-thread scratch for Find, so a sentence allocates only its result.
    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>Builds the trie from word lists; a list's index in <paramref name="lists"/> is its number in <see cref="Find"/>.</summary>
    public WordLookup(IReadOnlyList<IReadOnlyList<string>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Count = lists.Count;
        var root = new Node();
        for (var list = 0; list < lists.Count; list++)
        {
            var entries = WordList.Entries(lists[list]);
            for (var rank = 0; rank < entries.Count; rank++)
            {
                Add(root, entries[rank], list, rank);
            }
        }

        // Classes are given to the lower-cased characters the entries use; text characters are lower-cased the same way.
        var used = new SortedSet<char>();
        var nodes = new List<Node>();
        var number = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
        void Number(Node node)
        {
            number[node] = nodes.Count;
            nodes.Add(node);
            foreach (var (key, child) in node.Children ?? [])
            {
                used.Add(key);
                Number(child);
            }

            if (node.Separator is { } separator)
            {
                Number(separator);
            }
        }

        Number(root);
        classCount = used.Count + 1;
        var classOf = new Dictionary<char, int>();
        foreach (var c in used)
        {
            classOf[c] = classOf.Count + 1;
        }

        for (var c = 0; c < 128; c++)
        {
            asciiClass[c] = classOf.GetValueOrDefault(char.ToLowerInvariant((char)c));
        }

        foreach (var (c, cls) in classOf.Where(p => p.Key >= 128))
        {
            otherClass[c] = cls;
        }

        links = new Link[nodes.Count];
        ends = new End[]?[nodes.Count];
        var table = new List<int>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            var separator = node.Separator is { } next ? Entry(number[next], next) : 0;
            if (node.Children is not { Count: > 0 } children)
            {
                links[n] = new Link(-1, 0, 0, separator);
            }
            else if (children.Count == 1)
            {
                var (key, child) = children.First();
                links[n] = new Link(-1, classOf[key], Entry(number[child], child), separator);
            }
            else
            {
                var row = table.Count;
                table.AddRange(new int[classCount]);
                foreach (var (key, child) in children)
                {
                    table[row + classOf[key]] = Entry(number[child], child);
                }

                links[n] = new Link(row, 0, 0, separator);
            }

            ends[n] = node.Ends?.ToArray();
        }

        rows = [.. table];
        rootEntry = Entry(0, root);
    }

    /// <summary>How many lists the trie holds.</summary>
    public int Count { get; }

    /// <summary>Every list's matches in <paramref name="text"/> as (start, length), non-overlapping, left to right; null where a list has none.</summary>
    public List<(int Start, int Length)>?[] Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Start, int Length)>?[Count];
        var work = scratch is { } reused && reused.Best.Length >= Count ? reused : scratch = new Scratch(Count);
        var nextFree = work.NextFree;
        var best = work.Best;
        var touched = work.Touched;
        Array.Clear(nextFree, 0, Count);
        for (var start = 0; start < text.Length; start++)
        {
            if (start > 0 && IsWordOrQuote(text[start - 1]))
            {
                continue;
            }

            Walk(rootEntry, text, start, best, touched);
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

    private static void Add(Node root, string entry, int list, int rank)
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

    // A child's entry: its number shifted left by two, with bit 0 set when entries end at it and bit 1 when it has a
    // separator node, so a walk reads the ends and separator arrays only at the nodes that have them.
    private static int Entry(int number, Node node) =>
        (number << 2) | (node.Ends is null ? 0 : HasEnds) | (node.Separator is null ? 0 : HasSeparator);

    // Depth first, separators trying their longest run first: the order a backtracking expression tries them, so the
    // first end found for an entry is the one its expression would report.
    private void Walk(int entry, string text, int at, (int Rank, int End)[] best, List<int> touched)
    {
        var node = entry >> 2;
        if ((entry & HasEnds) != 0)
        {
            foreach (var end in ends[node]!)
            {
                var stop = end.Star ? RestOfWord(text, at) : at;
                if ((end.Star || EndsWord(text, stop)) && Better(best, end, stop, touched))
                {
                    best[end.List] = (end.Rank + 1, stop);
                }
            }
        }

        ref readonly var link = ref links[node];
        if ((entry & HasSeparator) != 0)
        {
            var separator = link.Separator;
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

        if (at < text.Length && ClassOf(text[at]) is var cls and > 0
            && (link.Row >= 0 ? rows[link.Row + cls] : link.Class == cls ? link.Child : 0) is var child and > 0)
        {
            Walk(child, text, at + 1, best, touched);
        }
    }

    // As the old dictionary lookup by char.ToLowerInvariant: a non-ASCII character may lower to an ASCII one (the Kelvin sign).
    private int ClassOf(char c)
    {
        if (c < 128)
        {
            return asciiClass[c];
        }

        var lower = char.ToLowerInvariant(c);
        return lower < 128 ? asciiClass[lower] : otherClass.GetValueOrDefault(lower);
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
    private static bool IsWord(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    private readonly record struct End(int List, int Rank, bool Star);

    /// <summary>A node's links: its row in the class table (-1: none), else its only child's class and entry; its separator's entry.</summary>
    private readonly record struct Link(int Row, int Class, int Child, int Separator);

    private sealed class Scratch(int lists)
    {
        public int[] NextFree { get; } = new int[lists];

        public (int Rank, int End)[] Best { get; } = new (int Rank, int End)[lists];

        public List<int> Touched { get; } = [];
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public Node? Separator { get; set; }

        public bool IsSeparator { get; init; }

        public List<End>? Ends { get; set; }
    }
}
