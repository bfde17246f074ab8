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

    public static HashSet<string> Empty() => new(StringComparer.Ordinal) { string.Empty };

    public static HashSet<string> One(char c) => new(StringComparer.Ordinal) { char.ToLowerInvariant(c).ToString() };
}
