using System.Text;
using Clinic.Content.Lint.Features;

namespace Clinic.Content.Lint.Matching;

/// <summary>
/// Each list's required words ('requires:', <see cref="Feature.FirstWords"/>) as one more entry of the prefilter's pass:
/// on a sentence of ASCII text, where ignoring case is lower-casing, a list whose words are all absent is known without
/// searching the sentence for them.
/// </summary>
internal sealed class RequiredWordsEntries
{
    private RequiredWordsEntries(int[] entry, bool[] exact)
    {
        Entry = entry;
        Exact = exact;
    }

    /// <summary>Per feature, its entry in the prefilter (-1 when the pass cannot answer for it).</summary>
    public int[] Entry { get; }

    /// <summary>Per feature, whether a hit of its entry is exact (else a found word may be only a word's start).</summary>
    public bool[] Exact { get; }

    /// <summary>Adds an entry to <paramref name="entries"/> for every list of <paramref name="features"/> the pass can answer for.</summary>
    /// <remarks>
    /// Only words of ASCII letters without whitespace (read as the pass reads text); at most ten characters each, or a
    /// found one is only a prefix and the search still decides.
    /// </remarks>
    public static RequiredWordsEntries Add(IReadOnlyList<Feature> features, PrefilterEntries entries)
    {
        var entry = new int[features.Count];
        var exact = new bool[features.Count];
        for (var f = 0; f < features.Count; f++)
        {
            var words = features[f].RequiredWords;
            entry[f] = -1;
            if (words.Count == 0 || !words.All(w => !w.Any(char.IsWhiteSpace) && (Ascii.IsValid(w) || NeverInAscii(w))))
            {
                continue;
            }

            // A word with a dash or another caseless non-ASCII character never occurs in ASCII text, so it needs no literal.
            var ascii = words.Where(w => Ascii.IsValid(w)).ToList();
            exact[f] = ascii.TrueForAll(w => RequiredLiterals.Normalize(w).Length == w.Length);
            entry[f] = entries.Add([ascii.Select(w => RequiredLiterals.Normalize(w.ToLowerInvariant())).Distinct(StringComparer.Ordinal)]);
        }

        return new RequiredWordsEntries(entry, exact);
    }

    // True when every non-ASCII character of the word is one without case (a dash, a quote), so no ASCII text holds it,
    // even ignoring case.
    private static bool NeverInAscii(string word) =>
        word.Any(c => !char.IsAscii(c)) && word.All(c => char.IsAscii(c) || (!char.IsLetter(c) && char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c));
}
