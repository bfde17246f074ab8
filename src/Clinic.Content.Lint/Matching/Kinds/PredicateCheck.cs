using System.Runtime.CompilerServices;
using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>
/// Predicate rules: the sentence is a claim when the rule's features co-occur, asserted, in one clause and none of
/// its compliant features (hedge, citation, named population...) occurs in the sentence.
/// </summary>
internal sealed class PredicateCheck(FeatureLexicon lexicon) : IClaimCheck
{
    // Feature names resolved to their positions in the lexicon once per predicate, not on every sentence.
    private static readonly ConditionalWeakTable<Predicate, Resolved> ResolvedPredicates = [];

    public RuleKind Kind => RuleKind.Predicate;

    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence) => Find(rule.When!, sentence, lexicon);

    /// <summary>The claim the predicate finds in the sentence, or null.</summary>
    public static ClaimHit? Find(Predicate when, SentenceContext sentence, FeatureLexicon lexicon)
    {
        var resolved = ResolvedPredicates.GetValue(when, w => new Resolved(w, lexicon));
        if (when.Question.Count > 0 && sentence.Question is not { IsDistanced: false })
        {
            return null;
        }

        var features = sentence.Features;
        if (resolved.NamesUnknown || !Occur(resolved.AllCheapFirst, features, all: true) || (when.Any.Count > 0 && !Occur(resolved.AnyCheapFirst, features, all: false)))
        {
            return null;
        }

        var found = when.SameClause ? Clause(features, resolved) : Holds(features, resolved, -1) ? -1 : null;
        if (found is not { } clause
            || Array.Exists(resolved.None, features.Has) || (when.None.Contains(FeatureNames.Citation) && sentence.Sentence.HasCitation)
            || sentence.IsDistanced)
        {
            return null;
        }

        // An answer rule reads the question last: only a sentence that already answers flatly needs it tagged.
        FeatureHit? asked = null;
        if (when.Question.Count > 0 && (asked = Asked(sentence.Question!.Features, resolved)) is null)
        {
            return null;
        }

        var triggers = new List<FeatureHit>();
        foreach (var index in resolved.All)
        {
            triggers.Add(First(features[index], clause));
        }

        if (resolved.Any.Length > 0)
        {
            triggers.Add(resolved.Any.Where(features.Has).Select(n => features[n]).SelectMany(h => h).First(h => Counts(h, clause)));
        }

        // A predicate of 'none:' only (for evidence rules) is about the whole sentence.
        var start = triggers.Count == 0 ? 0 : triggers.Min(t => t.Start);
        var end = triggers.Count == 0 ? sentence.Text.Length : triggers.Max(t => t.End);
        var remedies = when.None.Select(n => lexicon.Find(n)?.Remedy).OfType<string>().ToList();
        var words = triggers.OrderBy(t => t.Start).Select(t => features.Text.Substring(t.Start, t.Length));
        if (asked is { } topic)
        {
            // The question's words made the answer a claim, so the finding names them first.
            words = words.Prepend(sentence.Question!.Text.Substring(topic.Start, topic.Length));
        }

        return new ClaimHit(start, end - start, words.Distinct().ToList(), remedies);
    }

    /// <summary>The first asserted hit of the predicate's question features in the question, or null.</summary>
    private static FeatureHit? Asked(SentenceFeatures question, Resolved when)
    {
        foreach (var index in when.Question)
        {
            foreach (var hit in question[index])
            {
                if (!hit.Negated)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    // Word lists are tagged together in one pass, so they are asked first: a sentence without them never runs the
    // expressions of the pattern features (same answer, in either order). With all: false, "does any occur?".
    private static bool Occur(int[] cheapFirst, SentenceFeatures features, bool all)
    {
        foreach (var index in cheapFirst)
        {
            if (features.Has(index) != all)
            {
                return !all;
            }
        }

        return all;
    }

    private static bool Counts(FeatureHit hit, int clause) => !hit.Negated && (clause < 0 || hit.Clause == clause);

    private static FeatureHit First(IReadOnlyList<FeatureHit> hits, int clause) => hits.First(h => Counts(h, clause));

    /// <summary>The first clause in which every 'all' feature and one 'any' feature is asserted, or null.</summary>
    private static int? Clause(SentenceFeatures features, Resolved when)
    {
        var candidates = when.All.Length > 0
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

    private static bool Holds(SentenceFeatures features, Resolved when, int clause) =>
        when.All.All(n => features[n].Any(h => Counts(h, clause)))
        && (when.Any.Length == 0 || when.Any.Any(n => features[n].Any(h => Counts(h, clause))));

    /// <summary>A predicate's feature names as positions in the lexicon (the loader rejects unknown names).</summary>
    private sealed class Resolved
    {
        public Resolved(Predicate when, FeatureLexicon lexicon)
        {
            // An unknown name never occurs: under 'all:' the predicate cannot hold, under 'any:' or 'none:' it is skipped.
            All = [.. when.All.Select(lexicon.IndexOf)];
            NamesUnknown = Array.Exists(All, i => i < 0);
            All = [.. All.Where(i => i >= 0)];
            Any = [.. when.Any.Select(lexicon.IndexOf).Where(i => i >= 0)];
            None = [.. when.None.Select(lexicon.IndexOf).Where(i => i >= 0)];
            Question = [.. when.Question.Select(lexicon.IndexOf).Where(i => i >= 0)];
            AllCheapFirst = CheapFirst(All, lexicon);
            AnyCheapFirst = CheapFirst(Any, lexicon);
        }

        public bool NamesUnknown { get; }

        public int[] All { get; }

        public int[] Any { get; }

        public int[] None { get; }

        public int[] Question { get; }

        public int[] AllCheapFirst { get; }

        public int[] AnyCheapFirst { get; }

        private static int[] CheapFirst(int[] indexes, FeatureLexicon lexicon) =>
            [.. indexes.Where(i => lexicon.LookupIndexAt(i) >= 0), .. indexes.Where(i => lexicon.LookupIndexAt(i) < 0)];
    }
}
