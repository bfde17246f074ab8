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
    // Characters map to classes (0: a character no literal contains); the table holds a state's next state per class.
    private readonly int classCount;
    private readonly int[] asciiClass = new int[128];
    private readonly Dictionary<char, int> otherClass = [];
    private readonly int[] next;

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

        // The trie: -1 marks a missing transition until the breadth-first pass below fills it.
        var table = new List<int>();
        var own = new List<List<int>?>();
        int NewState()
        {
            table.AddRange(Enumerable.Repeat(-1, classCount));
            own.Add(null);
            return own.Count - 1;
        }

        NewState();
        foreach (var (literal, clauses) in owners)
        {
            var state = 0;
            foreach (var c in literal)
            {
                var slot = (state * classCount) + ClassOf(c);
                if (table[slot] < 0)
                {
                    var added = NewState();
                    table[slot] = added;
                }

                state = table[slot];
            }

            (own[state] ??= []).AddRange(clauses);
        }

        next = [.. table];
        var fail = new int[own.Count];
        output = new int[]?[own.Count];
        output[0] = own[0]?.Distinct().ToArray();
        var queue = new Queue<int>();
        for (var c = 0; c < classCount; c++)
        {
            if (next[c] < 0)
            {
                next[c] = 0;
            }
            else
            {
                fail[next[c]] = 0;
                queue.Enqueue(next[c]);
            }
        }

        while (queue.TryDequeue(out var state))
        {
            var inherited = output[fail[state]];
            output[state] = own[state] is { } mine ? [.. mine.Concat(inherited ?? []).Distinct()] : inherited;
            for (var c = 0; c < classCount; c++)
            {
                var slot = (state * classCount) + c;
                var fallback = next[(fail[state] * classCount) + c];
                if (next[slot] < 0)
                {
                    next[slot] = fallback;
                }
                else
                {
                    fail[next[slot]] = fallback;
                    queue.Enqueue(next[slot]);
                }
            }
        }
    }

    /// <summary>How many states the automaton has (for tests and measurements).</summary>
    public int States => output.Length;

    /// <summary>Sets <paramref name="satisfied"/>[clause] for every clause of every literal that occurs in <paramref name="lowerText"/>.</summary>
    public void Mark(ReadOnlySpan<char> lowerText, bool[] satisfied)
    {
        var state = 0;
        var table = next;
        var width = classCount;
        foreach (var c in lowerText)
        {
            state = table[(state * width) + ClassOf(c)];
            if (output[state] is { } clauses)
            {
                foreach (var clause in clauses)
                {
                    satisfied[clause] = true;
                }
            }
        }
    }

    private int ClassOf(char c) => c < 128 ? asciiClass[c] : otherClass.GetValueOrDefault(c);
}
