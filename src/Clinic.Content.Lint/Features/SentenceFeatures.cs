using System.Text.RegularExpressions;
using Clinic.Content.Lint.Matching;

namespace Clinic.Content.Lint.Features;

/// <summary>The features of one sentence: every word-list hit with its clause and negation, computed once per sentence.</summary>
public sealed class SentenceFeatures
{
    private static readonly IReadOnlyList<FeatureHit> NoHits = [];
    private readonly Dictionary<string, List<FeatureHit>> hits = new(StringComparer.Ordinal);

    private SentenceFeatures(string text) => Text = text;

    /// <summary>The normalised sentence text the hits index into.</summary>
    public string Text { get; }

    public IReadOnlyList<FeatureHit> this[string feature] => hits.TryGetValue(feature, out var list) ? list : NoHits;

    public bool Has(string feature) => hits.ContainsKey(feature);

    /// <summary>Tags <paramref name="text"/> with every feature of <paramref name="lexicon"/>.</summary>
    public static SentenceFeatures Tag(string text, FeatureLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        var result = new SentenceFeatures(text);
        int[]? clauses = null;
        foreach (var feature in lexicon.All)
        {
            if (feature.FirstWords is { } first && !text.AsSpan().ContainsAny(first))
            {
                continue;
            }

            try
            {
                TagOne(result, feature, text, ref clauses);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological list on one sentence must not stop the run; the other features still tag it.
            }
        }

        return result;
    }

    private static void TagOne(SentenceFeatures result, Feature feature, string text, ref int[]? clauses)
    {
        for (var match = feature.Pattern.Match(text); match.Success; match = match.NextMatch())
        {
            clauses ??= Clauses.Number(text);
            if (!result.hits.TryGetValue(feature.Name, out var list))
            {
                result.hits[feature.Name] = list = [];
            }

            var clause = match.Length == 0 ? 0 : clauses[match.Index];
            list.Add(new FeatureHit(match.Index, match.Length, clause, ClaimContext.IsNegated(text, match.Index)));
        }
    }
}
