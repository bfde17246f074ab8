using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>
/// Predicate rules: the sentence is a claim when the rule's features co-occur, asserted, in one clause and none of
/// its compliant features (hedge, citation, named population...) occurs in the sentence.
/// </summary>
internal sealed class PredicateCheck(FeatureLexicon lexicon) : IClaimCheck
{
    public RuleKind Kind => RuleKind.Predicate;

    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence) => Find(rule.When!, sentence, lexicon);

    /// <summary>The claim the predicate finds in the sentence, or null.</summary>
    public static ClaimHit? Find(Predicate when, SentenceContext sentence, FeatureLexicon lexicon)
    {
        var features = sentence.Features;
        if (!AllOccur(when.All, features, lexicon) || (when.Any.Count > 0 && !AnyOccurs(when.Any, features, lexicon)))
        {
            return null;
        }

        var found = when.SameClause ? Clause(features, when) : Holds(features, when, -1) ? -1 : null;
        if (found is not { } clause
            || when.None.Any(features.Has) || (when.None.Contains(FeatureNames.Citation) && sentence.Sentence.HasCitation)
            || ClaimContext.IsDistanced(sentence.Text))
        {
            return null;
        }

        var triggers = new List<FeatureHit>();
        foreach (var name in when.All)
        {
            triggers.Add(First(features[name], clause));
        }

        if (when.Any.Count > 0)
        {
            triggers.Add(when.Any.Where(features.Has).Select(n => features[n]).SelectMany(h => h).First(h => Counts(h, clause)));
        }

        // A predicate of 'none:' only (for evidence rules) is about the whole sentence.
        var start = triggers.Count == 0 ? 0 : triggers.Min(t => t.Start);
        var end = triggers.Count == 0 ? sentence.Text.Length : triggers.Max(t => t.End);
        var remedies = when.None.Select(n => lexicon.Find(n)?.Remedy).OfType<string>().ToList();
        return new ClaimHit(start, end - start, triggers.OrderBy(t => t.Start).Select(t => features.Text.Substring(t.Start, t.Length)).Distinct().ToList(), remedies);
    }

    private static readonly bool[] CheapFirst = [true, false];

    // Word lists are tagged together in one pass, so they are asked first: a sentence without them never runs the
    // expressions of the pattern features (same answer, in either order).
    private static bool AllOccur(IReadOnlyList<string> names, SentenceFeatures features, FeatureLexicon lexicon)
    {
        foreach (var cheap in CheapFirst)
        {
            foreach (var name in names)
            {
                if (lexicon.LookupIndex(name) >= 0 == cheap && !features.Has(name))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool AnyOccurs(IReadOnlyList<string> names, SentenceFeatures features, FeatureLexicon lexicon)
    {
        foreach (var cheap in CheapFirst)
        {
            foreach (var name in names)
            {
                if (lexicon.LookupIndex(name) >= 0 == cheap && features.Has(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Counts(FeatureHit hit, int clause) => !hit.Negated && (clause < 0 || hit.Clause == clause);

    private static FeatureHit First(IReadOnlyList<FeatureHit> hits, int clause) => hits.First(h => Counts(h, clause));

    /// <summary>The first clause in which every 'all' feature and one 'any' feature is asserted, or null.</summary>
    private static int? Clause(SentenceFeatures features, Predicate when)
    {
        var candidates = when.All.Count > 0
            ? features[when.All[0]].Where(h => !h.Negated).Select(h => h.Clause)
            : when.Any.Where(features.Has).SelectMany(n => features[n]).Where(h => !h.Negated).Select(h => h.Clause);
        foreach (var clause in candidates.Distinct())
        {
            if (Holds(features, when, clause))
            {
                return clause;
            }
        }

        return null;
    }

    private static bool Holds(SentenceFeatures features, Predicate when, int clause) =>
        when.All.All(n => features[n].Any(h => Counts(h, clause)))
        && (when.Any.Count == 0 || when.Any.Any(n => features[n].Any(h => Counts(h, clause))));
}
