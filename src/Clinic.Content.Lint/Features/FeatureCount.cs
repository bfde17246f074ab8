namespace Clinic.Content.Lint.Features;

/// <summary>
/// Whether a count feature (<see cref="Feature.AtLeast"/>) is present: enough different entries of its list occur,
/// asserted, in the sentence. "Depression, anxiety, PTSD, OCD and chronic pain" is five; "depression ... depression" is one.
/// </summary>
public static class FeatureCount
{
    /// <summary>
    /// True when <paramref name="hits"/> (in sentence order) hold at least <paramref name="atLeast"/> different asserted
    /// words of <paramref name="text"/>. A hit inside an earlier one ("depression" in "bipolar depression") is the same name.
    /// </summary>
    public static bool Reaches(IReadOnlyList<FeatureHit> hits, string text, int atLeast)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(text);
        if (atLeast <= 1)
        {
            return true;
        }

        if (hits.Count < atLeast)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var coveredTo = -1;
        foreach (var hit in hits.OrderBy(h => h.Start).ThenByDescending(h => h.Length))
        {
            if (hit.End <= coveredTo)
            {
                continue;
            }

            coveredTo = Math.Max(coveredTo, hit.End);
            if (!hit.Negated && names.Add(Name(text.AsSpan(hit.Start, hit.Length))) && names.Count >= atLeast)
            {
                return true;
            }
        }

        return false;
    }

    // "PTSD" and "ptsd", "post-traumatic" and "post traumatic" are one name.
    private static string Name(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
