namespace Clinic.Content.Lint.Matching;

/// <summary>The prefilter's entries as they are built: each entry a run of clauses, each clause satisfied by any of its literals.</summary>
internal sealed class PrefilterEntries
{
    private readonly List<int> starts = [];
    private readonly List<int> counts = [];

    /// <summary>Each literal (already as the pass reads text) and the clauses it satisfies, for <see cref="LiteralAutomaton"/>.</summary>
    public Dictionary<string, List<int>> Owners { get; } = new(StringComparer.Ordinal);

    /// <summary>How many entries there are so far; the next one added gets this index.</summary>
    public int Count => starts.Count;

    /// <summary>How many clauses all the entries have.</summary>
    public int Clauses { get; private set; }

    /// <summary>Where each entry's clauses start.</summary>
    public int[] Starts => [.. starts];

    /// <summary>How many clauses each entry has (an entry with none is always a candidate).</summary>
    public int[] Counts => [.. counts];

    /// <summary>Adds an entry that needs every one of <paramref name="clauses"/>; returns its index.</summary>
    public int Add(IEnumerable<IEnumerable<string>> clauses)
    {
        starts.Add(Clauses);
        counts.Add(0);
        foreach (var clause in clauses)
        {
            foreach (var literal in clause)
            {
                if (!Owners.TryGetValue(literal, out var list))
                {
                    Owners[literal] = list = [];
                }

                list.Add(Clauses);
            }

            Clauses++;
            counts[^1]++;
        }

        return starts.Count - 1;
    }
}
