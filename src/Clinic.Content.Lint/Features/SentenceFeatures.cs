using System.Text.RegularExpressions;
using Clinic.Content.Lint.Matching;

namespace Clinic.Content.Lint.Features;

/// <summary>
/// The features of one sentence: every word-list hit with its clause and negation. Each feature is tagged the first
/// time a rule asks for it, so a sentence without the words a rule needs first costs almost nothing.
/// </summary>
public sealed class SentenceFeatures
{
    private static readonly IReadOnlyList<FeatureHit> NoHits = [];
    private readonly Dictionary<string, IReadOnlyList<FeatureHit>> hits = new(StringComparer.Ordinal);
    private readonly FeatureLexicon lexicon;
    private int[]? clauses;

    private SentenceFeatures(string text, FeatureLexicon lexicon)
    {
        Text = text;
        this.lexicon = lexicon;
    }

    /// <summary>The normalised sentence text the hits index into.</summary>
    public string Text { get; }

    public IReadOnlyList<FeatureHit> this[string feature]
    {
        get
        {
            if (!hits.TryGetValue(feature, out var list))
            {
                hits[feature] = list = lexicon.Find(feature) is { } f ? TagOne(f) : NoHits;
            }

            return list;
        }
    }

    public bool Has(string feature) => this[feature].Count > 0;

    /// <summary>Prepares <paramref name="text"/> for tagging with the features of <paramref name="lexicon"/>.</summary>
    public static SentenceFeatures Tag(string text, FeatureLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        return new SentenceFeatures(text, lexicon);
    }

    private IReadOnlyList<FeatureHit> TagOne(Feature feature)
    {
        if (feature.FirstWords is { } first && !Text.AsSpan().ContainsAny(first))
        {
            return NoHits;
        }

        List<FeatureHit>? list = null;
        try
        {
            for (var match = feature.Pattern.Match(Text); match.Success; match = match.NextMatch())
            {
                clauses ??= Clauses.Number(Text);
                var clause = match.Length == 0 ? 0 : clauses[match.Index];
                (list ??= []).Add(new FeatureHit(match.Index, match.Length, clause, ClaimContext.IsNegated(Text, match.Index)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological list on one sentence must not stop the run; the other features still tag it.
        }

        return list ?? NoHits;
    }
}
