namespace Clinic.Content.Lint.Matching;

/// <summary>Sets of literal strings as <see cref="RequiredLiterals"/> combines them; null stands for "too many to track".</summary>
internal static class LiteralSets
{
    // Beyond this many alternatives a set stops being a useful prefilter and costs more to search for than it saves.
    private const int MaxSet = 64;

    public static HashSet<string>? Cross(HashSet<string> a, HashSet<string> b)
    {
        if ((long)a.Count * b.Count > MaxSet)
        {
            return null;
        }

        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                product.Add(x + y);
            }
        }

        return product;
    }

    public static HashSet<string>? Union(IEnumerable<HashSet<string>?> sets)
    {
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            if (set is null)
            {
                return null;
            }

            union.UnionWith(set);
            if (union.Count > MaxSet)
            {
                return null;
            }
        }

        return union;
    }

    // No set is changed once made (every combination makes a new one), so the commonest ones are shared: allocating
    // a set per character and word boundary, and collecting them, was most of building the prefilter.
    private static readonly HashSet<string> EmptySet = new(StringComparer.Ordinal) { string.Empty };
    private static readonly HashSet<string>[] AsciiSets = [.. Enumerable.Range(0, 128).Select(c => new HashSet<string>(StringComparer.Ordinal) { char.ToLowerInvariant((char)c).ToString() })];

    public static HashSet<string> Empty() => EmptySet;

    public static HashSet<string> One(char c) => c < AsciiSets.Length ? AsciiSets[c] : new(StringComparer.Ordinal) { char.ToLowerInvariant(c).ToString() };
}
