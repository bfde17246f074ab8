using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>
/// Predicate rules: the sentence is a claim when the rule's features co-occur, asserted, in one clause and none of
/// its compliant features (hedge, citation, named population...) occurs in the sentence.
/// </summary>
internal sealed class PredicateCheck(FeatureLexicon lexicon, IReadOnlyList<ClaimRule> rules) : IClaimCheck
{
    // Feature names resolved to their positions in the lexicon once per rule when the matcher is built, by the rule's
    // position in the matcher's predicate rules: not on every sentence (a ConditionalWeakTable, then a dictionary lookup
    // per rule and sentence cost 2-3 % of a run).
    private readonly Resolved?[] byRule = [.. rules.Select(r => r.When is { } when ? new Resolved(when, lexicon) : null)];

    public RuleKind Kind => RuleKind.Predicate;

    /// <summary>
    /// The words-only lists that must all occur for rule <paramref name="ruleIndex"/> to hold (its 'all:' word lists),
    /// so the matcher can pass over the rule without calling it; null when the rule cannot hold at all (an unknown name).
    /// </summary>
    public int[]? Required(int ruleIndex) => byRule[ruleIndex] is not { } resolved ? [] : resolved.NamesUnknown ? null : resolved.AllCheap;

    /// <remarks><paramref name="ruleIndex"/> is the rule's position in the rules this check was built with.</remarks>
    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence) => Find(rule.When!, ruleIndex, sentence);

    /// <summary>The claim the predicate finds in the sentence, or null.</summary>
    /// <param name="when">The predicate.</param>
    /// <param name="ruleIndex">The position of its rule in the rules this check was built with (its features resolved then).</param>
    /// <param name="sentence">The sentence.</param>
    public ClaimHit? Find(Predicate when, int ruleIndex, SentenceContext sentence)
    {
        var resolved = (uint)ruleIndex < (uint)byRule.Length && byRule[ruleIndex] is { } known && ReferenceEquals(known.When, when)
            ? known
            : new Resolved(when, lexicon);
        if (when.Question.Count > 0 && sentence.Question is not { IsDistanced: false })
        {
            return null;
        }

        var features = sentence.Features;
        // Word lists first (the 'all' ones, a compliant 'none' one, the 'any' ones when all are word lists), then the
        // expressions: most sentences are ruled out before any pattern feature runs. The answer is the same in any order.
        if (resolved.NamesUnknown || !Occur(resolved.AllCheap, features, all: true)
            || AnyHas(resolved.NoneCheap, features)
            || (when.Any.Count > 0 && resolved.AnyOnlyCheap && !Occur(resolved.AnyCheapFirst, features, all: false))
            || !Might(resolved.AllCostly, features, all: true)
            || (when.Any.Count > 0 && !resolved.AnyOnlyCheap && !Might(resolved.AnyCheapFirst, features, all: false))
            || !Occur(resolved.AllCostly, features, all: true)
            || (when.Any.Count > 0 && !resolved.AnyOnlyCheap && !Occur(resolved.AnyCheapFirst, features, all: false)))
        {
            return null;
        }

        var found = when.SameClause ? Clause(features, resolved) : Holds(features, resolved, -1) ? -1 : null;
        if (found is not { } clause
            || AnyHas(resolved.None, features) || (when.None.Contains(FeatureNames.Citation) && sentence.Sentence.HasCitation)
            || (sentence.IsDistanced && !when.ReadsDistanced))
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

    // Before any expression runs: every 'all' feature (all: true) or some 'any' feature must be possible at all, by the
    // prefilter's answer and the lists' required words. Most sentences stop here without running a pattern.
    private static bool Might(int[] indexes, SentenceFeatures features, bool all)
    {
        foreach (var index in indexes)
        {
            if (features.MightHave(index) != all)
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
        if (when.All.Length > 0)
        {
            // Each asserted clause of the first 'all' feature's hits, in order, once.
            var hits = features[when.All[0]];
            for (var i = 0; i < hits.Count; i++)
            {
                if (!hits[i].Negated && !ClauseSeen(hits, i) && Holds(features, when, hits[i].Clause))
                {
                    return hits[i].Clause;
                }
            }

            return null;
        }

        var candidates = when.Any.Where(features.Has).SelectMany(n => features[n]).Where(h => !h.Negated).Select(h => h.Clause);
        foreach (var clause in candidates.Distinct())
        {
            if (Holds(features, when, clause))
            {
                return clause;
            }
        }

        return null;
    }

    // Loops rather than LINQ: this runs for every predicate whose words occur, and closures allocated per call were a
    // visible part of a run's garbage collection.
    private static bool Holds(SentenceFeatures features, Resolved when, int clause)
    {
        foreach (var n in when.All)
        {
            if (!AnyCounts(features[n], clause))
            {
                return false;
            }
        }

        if (when.Any.Length == 0)
        {
            return true;
        }

        foreach (var n in when.Any)
        {
            if (AnyCounts(features[n], clause))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyCounts(IReadOnlyList<FeatureHit> hits, int clause)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (Counts(hits[i], clause))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseSeen(IReadOnlyList<FeatureHit> hits, int before)
    {
        for (var j = 0; j < before; j++)
        {
            if (!hits[j].Negated && hits[j].Clause == hits[before].Clause)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyHas(int[] indexes, SentenceFeatures features)
    {
        foreach (var index in indexes)
        {
            if (features.Has(index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A predicate's feature names as positions in the lexicon (the loader rejects unknown names).</summary>
    private sealed class Resolved
    {
        public Resolved(Predicate when, FeatureLexicon lexicon)
        {
            When = when;
            // An unknown name never occurs: under 'all:' the predicate cannot hold, under 'any:' or 'none:' it is skipped.
            All = [.. when.All.Select(lexicon.IndexOf)];
            NamesUnknown = Array.Exists(All, i => i < 0);
            All = [.. All.Where(i => i >= 0)];
            Any = [.. when.Any.Select(lexicon.IndexOf).Where(i => i >= 0)];
            None = [.. when.None.Select(lexicon.IndexOf).Where(i => i >= 0)];
            AllCheap = [.. All.Where(i => lexicon.LookupIndexAt(i) >= 0)];
            AllCostly = [.. All.Where(i => lexicon.LookupIndexAt(i) < 0)];
            NoneCheap = [.. None.Where(i => lexicon.LookupIndexAt(i) >= 0)];
            Question = [.. when.Question.Select(lexicon.IndexOf).Where(i => i >= 0)];
            AnyCheapFirst = CheapFirst(Any, lexicon);
            AnyOnlyCheap = Array.TrueForAll(Any, i => lexicon.LookupIndexAt(i) >= 0);
        }

        public Predicate When { get; }

        public bool NamesUnknown { get; }

        public int[] All { get; }

        public int[] Any { get; }

        public int[] None { get; }

        /// <summary>The 'all' word lists, tagged together in one pass.</summary>
        public int[] AllCheap { get; }

        /// <summary>The 'all' features with patterns, each an expression to run.</summary>
        public int[] AllCostly { get; }

        /// <summary>The 'none' word lists: one of them rules the sentence out before any expression runs.</summary>
        public int[] NoneCheap { get; }

        public int[] Question { get; }

        public int[] AnyCheapFirst { get; }

        /// <summary>True when every 'any' feature is a word list, so they can be asked before the 'all' expressions.</summary>
        public bool AnyOnlyCheap { get; }

        private static int[] CheapFirst(int[] indexes, FeatureLexicon lexicon) =>
            [.. indexes.Where(i => lexicon.LookupIndexAt(i) >= 0), .. indexes.Where(i => lexicon.LookupIndexAt(i) < 0)];
    }
}
