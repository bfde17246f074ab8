using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching;

/// <summary>
/// Decides in one pass over a sentence which patterns could match it, from the literals they require
/// (<see cref="RequiredLiterals"/>); the other patterns' regular expressions are never run on that sentence.
/// The same pass covers the expressions of the word lists that have patterns (features), after the rule patterns.
/// </summary>
public sealed class RulePrefilter
{
    private readonly IReadOnlyList<ClaimRule> rules;
    private readonly int[] firstPattern;
    private readonly int[] featurePattern;
    private readonly int[] featureAlternatives;

    // Per feature, the position among its alternatives of its words (the last one), or -1 when it has none or its
    // expression is filtered whole: the word trie answers whether that alternative can match.
    private readonly int[] wordsAlternative;
    private readonly IReadOnlyList<Feature> features;

    // A feature's expression narrowed to the alternatives a sentence's words allow, by feature and set of alternatives.
    private readonly ConcurrentDictionary<(int Feature, ulong Alternatives), TimedPattern> narrowed = new();

    // Per feature, its entry for the required words (or -1), and whether the pass's answer there is exact.
    private readonly RequiredWordsEntries required;

    // The runners of the rule patterns (by pattern index) and of the features' whole expressions, looked up once here
    // instead of in TimedPattern's table on every run (about 2 % of a lint run).
    private readonly TimedPattern[] patternRunners;
    private readonly TimedPattern?[] featureRunners;
    private readonly int[] clauseStart;
    private readonly int[] clauseCount;
    private readonly LiteralAutomaton? automaton;

    // The clauses a sentence satisfies, reused by each thread (cleared after each sentence) instead of allocated per sentence.
    [ThreadStatic]
    private static bool[]? satisfiedBuffer;

    /// <summary>A prefilter over the patterns of <paramref name="rules"/>, indexed by the literals each one requires.</summary>
    /// <param name="rules">The banned and needs-citation rules.</param>
    /// <param name="features">Word lists whose expressions the same pass covers (<see cref="FeatureCandidate(int, bool[])"/>); null for none.</param>
    public RulePrefilter(IReadOnlyList<ClaimRule> rules, FeatureLexicon? features = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
        firstPattern = new int[rules.Count + 1];
        var entries = new PrefilterEntries();
        var all = features?.All ?? [];

        // What the pass filters for each list with patterns, worked out once per list.
        var alternativesOf = all.Select(f => f.WordsOnly ? [] : FeatureTexts(f)).ToArray();

        // Reading each expression's required literals is most of building the prefilter, and each is independent of
        // the others: they are read on all cores first, then numbered in order. A list's words alternative requires
        // nothing here: the word trie says exactly whether it can match.
        var texts = rules.SelectMany(r => r.Patterns).Select(p => p.ToString())
            .Concat(all.SelectMany((f, i) => alternativesOf[i].Take(alternativesOf[i].Count - (HasWordsAlternative(f) ? 1 : 0))))
            .Distinct(StringComparer.Ordinal).ToArray();
        var requiredOf = texts.AsParallel().Select(t => (Text: t, Clauses: RequiredLiterals.Clauses(t)))
            .ToDictionary(p => p.Text, p => p.Clauses, StringComparer.Ordinal);
        void Add(string pattern) => entries.Add(requiredOf.TryGetValue(pattern, out var known) ? known : []);

        for (var r = 0; r < rules.Count; r++)
        {
            firstPattern[r] = entries.Count;
            foreach (var pattern in rules[r].Patterns)
            {
                Add(pattern.ToString());
            }
        }

        firstPattern[rules.Count] = entries.Count;
        patternRunners = [.. rules.SelectMany(r => r.Patterns).Select(TimedPattern.Of)];

        // Word lists without patterns are found by WordLookup; the others by their expression, which the pass filters.
        // Each alternative of a feature's expression is filtered on its own: one with a word every sentence has (such
        // as "health") no longer sends the whole expression to the interpreter.
        this.features = all;
        featurePattern = new int[all.Count];
        featureAlternatives = new int[all.Count];
        wordsAlternative = new int[all.Count];
        // Built when first asked for: a feature's whole expression rarely runs (the narrowed ones and the trie answer).
        featureRunners = new TimedPattern?[all.Count];
        for (var f = 0; f < all.Count; f++)
        {
            featurePattern[f] = all[f].WordsOnly ? -1 : entries.Count;
            if (all[f].WordsOnly)
            {
                continue;
            }

            var alternatives = alternativesOf[f];
            featureAlternatives[f] = alternatives.Count;
            wordsAlternative[f] = HasWordsAlternative(all[f]) ? alternatives.Count - 1 : -1;
            for (var a = 0; a < alternatives.Count; a++)
            {
                Add(a == wordsAlternative[f] ? string.Empty : alternatives[a]);
            }
        }

        required = RequiredWordsEntries.Add(all, entries);
        clauseStart = entries.Starts;
        clauseCount = entries.Counts;
        ClauseTotal = entries.Clauses;
        if (entries.Owners.Count > 0)
        {
            automaton = new LiteralAutomaton(entries.Owners);
        }
    }

    /// <summary>How many rules the prefilter covers.</summary>
    public int Count => rules.Count;

    private int ClauseTotal { get; }

    /// <summary>How many entries <see cref="Candidates(string)"/> has: one per rule pattern and per feature alternative.</summary>
    internal int PatternCount => clauseStart.Length;

    /// <summary>The rule at <paramref name="index"/>.</summary>
    public ClaimRule this[int index] => rules[index];

    /// <summary>Which patterns could match <paramref name="lowerText"/> (already lower-cased), indexed as <see cref="PatternIndex"/>.</summary>
    public bool[] Candidates(string lowerText)
    {
        ArgumentNullException.ThrowIfNull(lowerText);
        return Candidates(lowerText, new bool[clauseStart.Length]);
    }

    /// <summary>As <see cref="Candidates(string)"/>, into <paramref name="candidates"/> (at least one entry per pattern), which it returns.</summary>
    internal bool[] Candidates(ReadOnlySpan<char> lowerText, bool[] candidates)
    {
        var satisfied = satisfiedBuffer is { } buffer && buffer.Length >= ClauseTotal ? buffer : satisfiedBuffer = new bool[ClauseTotal];
        automaton?.Mark(lowerText, satisfied);

        for (var p = 0; p < clauseStart.Length; p++)
        {
            var all = true;
            for (var c = clauseStart[p]; all && c < clauseStart[p] + clauseCount[p]; c++)
            {
                all = satisfied[c];
            }

            candidates[p] = all;
        }

        Array.Clear(satisfied, 0, ClauseTotal);
        return candidates;
    }

    /// <summary>
    /// False when the expression of feature <paramref name="feature"/> (its index in <see cref="FeatureLexicon.All"/>)
    /// cannot match the sentence <paramref name="candidates"/> came from; true when it might, or has no expression.
    /// </summary>
    public bool FeatureCandidate(int feature, bool[] candidates) => FeatureCandidate(feature, candidates, wordsFound: true);

    /// <summary>
    /// As <see cref="FeatureCandidate(int, bool[])"/>; with <paramref name="wordsFound"/> false (the word trie found
    /// none of the list's own words in the sentence), its words alternative cannot match either.
    /// </summary>
    internal bool FeatureCandidate(int feature, bool[] candidates, bool wordsFound)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (feature >= featurePattern.Length || featurePattern[feature] < 0)
        {
            return true;
        }

        var first = featurePattern[feature];
        var words = wordsFound ? -1 : wordsAlternative[feature];
        for (var a = 0; a < featureAlternatives[feature]; a++)
        {
            if (candidates[first + a] && a != words)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The expression to run for feature <paramref name="feature"/> on the sentence <paramref name="candidates"/> came
    /// from: null when it cannot match, else its expression without the alternatives whose required words are missing.
    /// </summary>
    /// <remarks>
    /// Leaving out an alternative that cannot match anywhere in the sentence finds exactly the same matches: at every
    /// position the full expression tries it and fails before the next one.
    /// </remarks>
    public Regex? FeatureExpression(int feature, bool[] candidates) => FeatureRunner(feature, candidates)?.Expression;

    /// <summary>As <see cref="FeatureExpression"/>, the runner of that expression.</summary>
    internal TimedPattern? FeatureRunner(int feature, bool[] candidates) => FeatureRunner(feature, candidates, wordsFound: true, trie: false, out _);

    /// <summary>
    /// As <see cref="FeatureRunner(int, bool[])"/>, told by the word trie whether any of the list's own words occur
    /// (<paramref name="wordsFound"/>): when none does, its words alternative is left out too. When its words are the
    /// only alternative that can match, <paramref name="wordsOnly"/> is set and null returned: the expression would
    /// find exactly the trie's hits (<see cref="WordLookup"/>), so it is not run.
    /// </summary>
    internal TimedPattern? FeatureRunner(int feature, bool[] candidates, bool wordsFound, out bool wordsOnly) =>
        FeatureRunner(feature, candidates, wordsFound, trie: true, out wordsOnly);

    private TimedPattern? FeatureRunner(int feature, bool[] candidates, bool wordsFound, bool trie, out bool wordsOnly)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        wordsOnly = false;
        if (feature >= featurePattern.Length || featurePattern[feature] < 0)
        {
            return WholeRunner(feature);
        }

        var first = featurePattern[feature];
        var count = featureAlternatives[feature];
        var words = wordsAlternative[feature];
        var mask = 0UL;
        var taken = 0;
        for (var a = 0; a < count; a++)
        {
            if (candidates[first + a] && (wordsFound || a != words))
            {
                mask |= 1UL << a;
                taken++;
            }
        }

        if (trie && taken == 1 && words >= 0 && mask == 1UL << words)
        {
            wordsOnly = true;
            return null;
        }

        return taken == 0 ? null
            : taken == count ? WholeRunner(feature)
            : narrowed.GetOrAdd((feature, mask), static (key, state) => TimedPattern.Of(Narrow(state[key.Feature], key.Alternatives)), features);
    }

    /// <summary>
    /// For a sentence of ASCII text: false when none of feature <paramref name="feature"/>'s required words
    /// (<see cref="Feature.FirstWords"/>) occurs, true when one does; null when the pass cannot tell (the list has no
    /// such entry, or a word longer than the pass reads was found only by its start) and the sentence must be searched.
    /// </summary>
    internal bool? RequiredWordsInAscii(int feature, bool[] candidates)
    {
        var entry = required.Entry[feature];
        return entry < 0 ? null : !candidates[entry] ? false : required.Exact[feature] ? true : null;
    }

    // The runner of a feature's whole expression (TimedPattern.Of shares one per expression, so a race builds the same).
    private TimedPattern WholeRunner(int feature) => featureRunners[feature] ??= TimedPattern.Of(features[feature].Pattern);

    // What the pass filters for a feature with patterns: each of its alternatives, or its whole expression when it has many.
    private static IReadOnlyList<string> FeatureTexts(Feature feature) =>
        feature.Alternatives.Count is > 0 and <= 64 ? feature.Alternatives : [Joined(feature)];

    // True when a feature's last alternative is its words (filtered apart from its patterns).
    private static bool HasWordsAlternative(Feature feature) => feature.Words.Count > 0 && feature.Alternatives.Count is > 0 and <= 64;

    // A feature's whole expression as the loader joins it, without compiling it (the same text as Pattern.ToString()).
    private static string Joined(Feature feature) =>
        feature.Alternatives.Count > 0 ? string.Join('|', feature.Alternatives.Select(a => $"(?:{a})")) : feature.Pattern.ToString();

    /// <summary>The runner of pattern <paramref name="pattern"/> of rule <paramref name="rule"/>.</summary>
    internal TimedPattern PatternRunner(int rule, int pattern) => patternRunners[PatternIndex(rule, pattern)];

    private static Regex Narrow(Feature feature, ulong mask)
    {
        var kept = feature.Alternatives.Where((_, a) => (mask & (1UL << a)) != 0).Select(a => $"(?:{a})");
        return new Regex(string.Join('|', kept), feature.Pattern.Options, feature.Pattern.MatchTimeout);
    }

    /// <summary>The index in <see cref="Candidates(string)"/> of pattern <paramref name="pattern"/> of rule <paramref name="rule"/>.</summary>
    public int PatternIndex(int rule, int pattern) => firstPattern[rule] + pattern;

    /// <summary>True when any pattern of the rule could match.</summary>
    public bool AnyPattern(int rule, bool[] candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        for (var p = firstPattern[rule]; p < firstPattern[rule + 1]; p++)
        {
            if (candidates[p])
            {
                return true;
            }
        }

        return false;
    }
}
