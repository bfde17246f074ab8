namespace Clinic.Content.Lint.Matching;

/// <summary>
/// An Aho-Corasick automaton over the prefilter's literals: one left-to-right pass over a sentence, one table lookup
/// per character, reports every literal that occurs anywhere in it (by the clauses it satisfies).
/// </summary>
/// <remarks>
/// It replaces a <c>SearchValues&lt;string&gt;</c> scan that stopped at every position where some literal began and
/// then compared each literal with that first character, which cost more than the search (docs/performance.md). The
/// answer is the same: the set of literals that occur as substrings of the text.
/// </remarks>
internal sealed class LiteralAutomaton
{
    // Characters map to classes (0: a character no literal contains). States are numbered breadth first. The shallow
    // states, where a scan spends most of its time, have a full row of transitions: per class, the next state shifted
    // left by one, with the low bit set when reaching it satisfies clauses, so the loop reads one entry per character
    // and the output list only where a literal ends (16-bit entries while they fit). Deeper states keep only their own
    // children and their failure link, which leads back to a shallower state. A full row for every state (about 8,800
    // states of 45 classes, 790 KB) did not fit the cache, and waiting for its loads was most of the scan's time.
    private const int MaxDenseDepth = 2;

    private readonly int classCount;
    private readonly int[] asciiClass = new int[128];
    private readonly Dictionary<char, int> otherClass = [];
    private readonly int spaceClass;
    private readonly int denseStates;
    private readonly ushort[]? small;
    private readonly int[]? large;

    // Deeper states, by number minus denseStates: their failure link and their children (class and entry, as above).
    private readonly Sparse[] sparse;
    private readonly int[] childClass;
    private readonly int[] childEntry;

    // The clauses satisfied on reaching a state: its own literals' and those of every literal that ends there as a suffix.
    private readonly int[]?[] output;

    /// <summary>An automaton for <paramref name="owners"/>: each literal (already lower-cased) and the clauses it satisfies.</summary>
    public LiteralAutomaton(IReadOnlyCollection<KeyValuePair<string, List<int>>> owners)
    {
        classCount = 1;
        foreach (var c in owners.SelectMany(o => o.Key).Distinct().Order())
        {
            if (c < 128)
            {
                asciiClass[c] = classCount++;
            }
            else
            {
                otherClass[c] = classCount++;
            }
        }

        // Whitespace reads as one space, and a run of it as a single one (RequiredLiterals writes literals that way).
        spaceClass = ClassOf(' ');
        foreach (var c in "\t\n\v\f\r")
        {
            asciiClass[c] = spaceClass;
        }

        // The trie, states numbered in insertion order, its edges by (state, class); then numbered breadth first, each
        // state's children in class order. Only the edges are stored: a row of every class for every state was tens of
        // megabytes to allocate and clear.
        var edges = new Dictionary<long, int>();
        var own = new List<List<int>?> { null };
        foreach (var (literal, clauses) in owners)
        {
            var state = 0;
            foreach (var c in literal)
            {
                var key = ((long)state * classCount) + ClassOf(c);
                if (!edges.TryGetValue(key, out var child))
                {
                    edges[key] = child = own.Count;
                    own.Add(null);
                }

                state = child;
            }

            (own[state] ??= []).AddRange(clauses);
        }

        var count = own.Count;
        var sorted = edges.Keys.ToArray();
        Array.Sort(sorted);
        var firstEdge = new int[count + 1];
        foreach (var key in sorted)
        {
            firstEdge[(key / classCount) + 1]++;
        }

        for (var s = 0; s < count; s++)
        {
            firstEdge[s + 1] += firstEdge[s];
        }

        var order = new int[count];
        var id = new int[count];
        var depth = new int[count];
        var numbered = 1;
        for (var i = 0; i < numbered; i++)
        {
            for (var e = firstEdge[order[i]]; e < firstEdge[order[i] + 1]; e++)
            {
                var child = edges[sorted[e]];
                id[child] = numbered;
                depth[numbered] = depth[i] + 1;
                order[numbered++] = child;
            }
        }

        // The child of breadth-first state s for class c, or 0 (the start state is no one's child).
        int Child(int s, int c) => edges.TryGetValue(((long)order[s] * classCount) + c, out var child) ? id[child] : 0;

        // Where the automaton goes from state s on class c: its child, else the same from its failure link (fail[s]
        // must be known, as it is for every state shallower than the one being linked).
        var fail = new int[count];
        int Next(int s, int c)
        {
            while (true)
            {
                if (Child(s, c) is var child and > 0)
                {
                    return child;
                }

                if (s == 0)
                {
                    return 0;
                }

                s = fail[s];
            }
        }

        // Failure links and outputs, state by state in breadth-first order (a failure link points to a shallower state).
        output = new int[]?[count];
        for (var s = 0; s < count; s++)
        {
            var inherited = s == 0 ? null : output[fail[s]];
            output[s] = own[order[s]] is { } mine ? [.. mine.Concat(inherited ?? []).Distinct()] : inherited;
            for (var e = firstEdge[order[s]]; e < firstEdge[order[s] + 1]; e++)
            {
                var c = (int)(sorted[e] % classCount);
                fail[id[edges[sorted[e]]]] = s == 0 ? 0 : Next(fail[s], c);
            }
        }

        int Entry(int state) => (state << 1) | (output[state] is null ? 0 : 1);

        // The breadth-first numbering puts states in order of depth: the dense ones are a prefix.
        denseStates = 1;
        while (denseStates < count && depth[denseStates] <= MaxDenseDepth)
        {
            denseStates++;
        }

        var rows = new int[denseStates * classCount];
        for (var e = 0; e < rows.Length; e++)
        {
            rows[e] = Entry(Next(e / classCount, e % classCount));
        }

        if (count < 1 << 15)
        {
            small = [.. rows.Select(e => (ushort)e)];
        }
        else
        {
            large = rows;
        }

        sparse = new Sparse[count - denseStates];
        var classes = new List<int>();
        var entries = new List<int>();
        for (var s = denseStates; s < count; s++)
        {
            var first = classes.Count;
            for (var e = firstEdge[order[s]]; e < firstEdge[order[s] + 1]; e++)
            {
                classes.Add((int)(sorted[e] % classCount));
                entries.Add(Entry(id[edges[sorted[e]]]));
            }

            sparse[s - denseStates] = new Sparse(fail[s], first, classes.Count - first);
        }

        childClass = [.. classes];
        childEntry = [.. entries];
    }

    /// <summary>How many states the automaton has (for tests and measurements).</summary>
    public int States => output.Length;

    /// <summary>Sets <paramref name="satisfied"/>[clause] for every clause of every literal that occurs in <paramref name="lowerText"/>.</summary>
    public void Mark(ReadOnlySpan<char> lowerText, bool[] satisfied)
    {
        if (small is not null)
        {
            Mark(small, lowerText, satisfied);
        }
        else
        {
            Mark(large!, lowerText, satisfied);
        }
    }

    private void Mark<T>(T[] table, ReadOnlySpan<char> lowerText, bool[] satisfied)
        where T : System.Numerics.IBinaryInteger<T>
    {
        var width = classCount;
        var space = spaceClass;
        var dense = denseStates;
        var state = 0;
        var afterSpace = false;
        foreach (var c in lowerText)
        {
            var cls = ClassOf(c);
            if (cls == space)
            {
                // A run of whitespace is one space. (When no literal has a space, class 0 is every other character too,
                // and skipping a repeat of it changes nothing: the automaton is back at its start after one.)
                if (afterSpace)
                {
                    continue;
                }

                afterSpace = true;
            }
            else
            {
                afterSpace = false;
            }

            // A deeper state without a child for the class falls back along its failure links to a dense state.
            var entry = -1;
            while (state >= dense)
            {
                var node = sparse[state - dense];
                for (var k = node.FirstChild; k < node.FirstChild + node.Children; k++)
                {
                    if (childClass[k] == cls)
                    {
                        entry = childEntry[k];
                        break;
                    }
                }

                if (entry >= 0)
                {
                    break;
                }

                state = node.Fail;
            }

            if (entry < 0)
            {
                entry = int.CreateTruncating(table[(state * width) + cls]);
            }

            state = entry >> 1;
            if ((entry & 1) != 0)
            {
                foreach (var clause in output[state]!)
                {
                    satisfied[clause] = true;
                }
            }
        }
    }

    private int ClassOf(char c) => c < 128 ? asciiClass[c] : char.IsWhiteSpace(c) ? spaceClass : otherClass.GetValueOrDefault(c);

    /// <summary>A deeper state: its failure link, and where its children start in the child arrays and how many.</summary>
    private readonly record struct Sparse(int Fail, int FirstChild, int Children);
}
