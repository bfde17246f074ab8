using System.Text.RegularExpressions;
using Clinic.Content.Lint.Matching;

namespace Clinic.Content.Lint.Features;

/// <summary>
/// The features of one sentence: every word-list hit with its clause and negation. The first words-only list asked
/// for tags all of them in one pass (<see cref="WordLookup"/>); a list with patterns is tagged the first time a rule
/// asks for it, and a hit's clause and negation are worked out only when a rule needs its hits.
/// </summary>
public sealed class SentenceFeatures
{
    private static readonly IReadOnlyList<FeatureHit> NoHits = [];
    private readonly FeatureLexicon lexicon;
    private readonly IReadOnlyList<FeatureHit>?[] hits;
    private List<(int Start, int Length)>?[]? words;
    private int[]? clauses;
    private SentenceWord[]? sentenceWords;
    private PatternTimeoutException?[]? timedOut;
    private sbyte[]? required;
    private bool? ascii;

    private readonly Func<int, bool>? mightMatch;
    private readonly Func<int, Regex?>? expressionOf;

    // The sentence's prefilter pass (the matcher's path): which alternatives of each feature's expression could match.
    private readonly RulePrefilter? prefilter;
    private readonly bool[]? candidates;

    private SentenceFeatures(string text, FeatureLexicon lexicon, Func<int, bool>? mightMatch, Func<int, Regex?>? expressionOf, RulePrefilter? prefilter = null, bool[]? candidates = null)
    {
        Text = text;
        this.lexicon = lexicon;
        this.mightMatch = mightMatch;
        this.expressionOf = expressionOf;
        this.prefilter = prefilter;
        this.candidates = candidates;
        hits = new IReadOnlyList<FeatureHit>?[lexicon.All.Count];
    }

    /// <summary>The normalised sentence text the hits index into.</summary>
    public string Text { get; }

    /// <summary>Where the word list <paramref name="feature"/> matched in the sentence.</summary>
    public IReadOnlyList<FeatureHit> this[string feature] => lexicon.IndexOf(feature) is var index and >= 0 ? this[index] : NoHits;

    /// <summary>Where the word list at <paramref name="index"/> in <see cref="FeatureLexicon.All"/> matched in the sentence.</summary>
    public IReadOnlyList<FeatureHit> this[int index]
    {
        get
        {
            if (hits[index] is { } known)
            {
                return known;
            }

            // A timed-out list is not run again for the next rule that asks: each of them is reported unchecked.
            if (timedOut?[index] is { } failed)
            {
                throw new PatternTimeoutException(failed.Message, failed.InnerException ?? failed);
            }

            try
            {
                var found = lexicon.LookupIndexAt(index) is var list and >= 0 ? FromLookup(list) : PatternHits(index);
                return hits[index] = FeatureCount.Reaches(found, Text, lexicon.All[index].AtLeast) ? found : NoHits;
            }
            catch (PatternTimeoutException ex)
            {
                (timedOut ??= new PatternTimeoutException?[hits.Length])[index] = ex;
                throw;
            }
        }
    }

    /// <summary>True when the feature occurs (negated or not); for word lists this needs no clause or negation work.</summary>
    public bool Has(string feature) => lexicon.IndexOf(feature) is var index and >= 0 && Has(index);

    /// <summary>As <see cref="Has(string)"/>, by the feature's index in <see cref="FeatureLexicon.All"/>.</summary>
    public bool Has(int index) => lexicon.PlainListAt(index) is var list and >= 0
        ? Words[list] is not null
        : this[index].Count > 0;

    /// <summary>
    /// False when the feature at <paramref name="index"/> cannot occur: a word list the sentence lacks, or a list with
    /// patterns whose expression the prefilter rules out or whose required words are missing. True when it might: the
    /// expression has not been run, so this is a cheap test to make before asking for <see cref="Has(int)"/>.
    /// </summary>
    public bool MightHave(int index)
    {
        if (hits[index] is { } known)
        {
            return known.Count > 0;
        }

        if (lexicon.LookupIndexAt(index) is var list and >= 0)
        {
            return Words[list] is not null;
        }

        // A list that timed out says so again when asked; the prefilter's answer needs no expression built or run.
        return timedOut?[index] is not null
            || (RequiredWordsPresent(index)
                && (prefilter is not null ? prefilter.FeatureCandidate(index, candidates!, OwnWordsFound(index))
                    : mightMatch is not null ? mightMatch(index) : RunnerFor(index) is not null));
    }

    // A list with patterns: its required words, then the prefilter's narrowed expression, or the trie's hits when the
    // list's own words are all that can match (the expression would find exactly those).
    private IReadOnlyList<FeatureHit> PatternHits(int index)
    {
        var feature = lexicon.All[index];
        if (!RequiredWordsPresent(index))
        {
            return NoHits;
        }

        if (prefilter is null)
        {
            return RunnerFor(index) is { } runner ? TagOne(feature, runner) : NoHits;
        }

        var narrowed = prefilter.FeatureRunner(index, candidates!, OwnWordsFound(index), out var wordsOnly);
        return wordsOnly ? FromLookup(lexicon.WordsIndexAt(index)) : narrowed is null ? NoHits : TagOne(feature, narrowed);
    }

    // Whether the sentence holds one of the list's required words ('requires:'), asked once per list and sentence: the
    // prefilter's pass answers for most sentences, else the sentence is searched.
    private bool RequiredWordsPresent(int index)
    {
        if (lexicon.All[index].FirstWords is not { } first)
        {
            return true;
        }

        required ??= new sbyte[hits.Length];
        if (required[index] != 0)
        {
            return required[index] > 0;
        }

        ascii ??= System.Text.Ascii.IsValid(Text);
        var present = (ascii.Value && prefilter?.RequiredWordsInAscii(index, candidates!) is { } known) ? known : Text.AsSpan().ContainsAny(first);
        required[index] = present ? (sbyte)1 : (sbyte)-1;
        return present;
    }

    // Whether the trie found any of the list's own words (true for a list without words: nothing to leave out).
    private bool OwnWordsFound(int index) => lexicon.WordsIndexAt(index) is not (>= 0 and var list) || Words[list] is not null;

    /// <summary>Prepares <paramref name="text"/> for tagging with the features of <paramref name="lexicon"/>.</summary>
    /// <param name="text">The normalised sentence.</param>
    /// <param name="lexicon">The word lists.</param>
    /// <param name="mightMatch">
    /// From the sentence's prefilter pass (<see cref="RulePrefilter.FeatureCandidate(int, bool[])"/>): false for a feature (by index)
    /// whose expression cannot match, so it is never run; null runs every expression that is asked for.
    /// </param>
    /// <param name="expressionOf">
    /// From the same pass (<see cref="RulePrefilter.FeatureExpression"/>): the expression to run for a feature, narrowed
    /// to the alternatives that can match, or null when none can; when given, <paramref name="mightMatch"/> is not asked.
    /// </param>
    public static SentenceFeatures Tag(string text, FeatureLexicon lexicon, Func<int, bool>? mightMatch = null, Func<int, Regex?>? expressionOf = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        return new SentenceFeatures(text, lexicon, mightMatch, expressionOf);
    }

    /// <summary>
    /// Prepares <paramref name="text"/> for tagging with the sentence's prefilter pass (<paramref name="candidates"/>
    /// from <paramref name="prefilter"/>): each feature's expression narrowed to the alternatives that can match.
    /// </summary>
    internal static SentenceFeatures Tag(string text, FeatureLexicon lexicon, RulePrefilter prefilter, bool[] candidates) =>
        new(text, lexicon, null, null, prefilter, candidates);

    private TimedPattern? RunnerFor(int index) =>
        expressionOf is not null ? (expressionOf(index) is { } narrowed ? TimedPattern.Of(narrowed) : null)
        : mightMatch is null || mightMatch(index) ? TimedPattern.Of(lexicon.All[index].Pattern)
        : null;

    // The first words-only list asked for tags them all in one pass.
    private List<(int Start, int Length)>?[] Words => words ??= lexicon.Lookup.Find(Text);

    private IReadOnlyList<FeatureHit> FromLookup(int list)
    {
        if (Words[list] is not { } spans)
        {
            return NoHits;
        }

        var found = new List<FeatureHit>(spans.Count);
        foreach (var (start, length) in spans)
        {
            found.Add(Hit(start, length));
        }

        return found;
    }

    private FeatureHit Hit(int start, int length)
    {
        clauses ??= Clauses.Number(Text);
        sentenceWords ??= ClaimContext.WordsOf(Text);
        var clause = length == 0 ? 0 : clauses[start];
        return new FeatureHit(start, length, clause, ClaimContext.IsNegated(Text, start, sentenceWords));
    }

    private IReadOnlyList<FeatureHit> TagOne(Feature feature, TimedPattern runner)
    {
        // A list whose expression times out twice on this sentence throws, and the rule asking for it reports the sentence as not checked.
        List<(int Index, int Length)>? spans;
        try
        {
            spans = runner.Run(regex =>
            {
                List<(int Index, int Length)>? found = null;
                foreach (var match in regex.EnumerateMatches(Text))
                {
                    (found ??= []).Add((match.Index, match.Length));
                }

                return found;
            });
        }
        catch (PatternTimeoutException ex)
        {
            throw new PatternTimeoutException($"the expression of its feature '{feature.Name}'", ex);
        }

        if (spans is null)
        {
            return NoHits;
        }

        var list = new List<FeatureHit>(spans.Count);
        foreach (var (index, length) in spans)
        {
            list.Add(Hit(index, length));
        }

        return list;
    }
}
