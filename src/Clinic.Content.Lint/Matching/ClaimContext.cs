using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Matching;

/// <summary>
/// Decides whether a matched claim is asserted by the sentence, or negated, distanced or not a claim at all.
/// </summary>
/// <remarks>
/// The negation scope is the clause before the claim: at most <see cref="ScopeWords"/> words back, stopping at
/// a semicolon, colon, dash or a contrast word ("but", "however"). A cue inside the match itself does not count,
/// so "no side effects" and "not addictive" stay claims while "is not a cure" and "no treatment works for everyone"
/// do not.
/// </remarks>
public static partial class ClaimContext
{
    /// <summary>How many words before a claim a negation or hedge may sit and still qualify it.</summary>
    public const int ScopeWords = 8;

    private static readonly FrozenSet<string> NegationCues = new[]
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "lack", "lacks", "lacking",
        "unlikely", "unproven", "myth", "false", "untrue", "misleading", "wary", "beware", "skeptical", "sceptical", "avoid",
        "claim", "claims", "claimed", "claiming", "doubt", "doubtful", "rather", "instead", "unsupported",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "not just", "no longer", "no doubt": the cue word is an intensifier or idiom there, not a negation.
    private static readonly FrozenSet<string> CancelledBy = new[]
    {
        "just", "only", "merely", "simply", "doubt", "wonder", "matter", "surprisingly", "longer",

        // "No other treatment works like ketamine", "nothing else comes close": a comparison, not a denial of what follows.
        "other", "else",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "if", "when", "whenever", "unless", "because", "since", "once", "after", "before", "until",

        // A relative clause closed by its comma ("For people who cannot take SSRIs, ketamine is...") negates only itself.
        "who", "which",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "Not anymore, now that ...": what was true before, denied; the rest of the sentence is asserted.
    private static readonly FrozenSet<string> AnswerWords = new[] { "anymore", "now", "today", "nowadays" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ContrastWords = new[]
    {
        "but", "however", "although", "though", "whereas", "yet", "while", "unlike",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the claim starting at <paramref name="claimStart"/> is negated, distanced or not asserted.</summary>
    /// <remarks>The sentence's words come split once per sentence (<see cref="WordsOf"/>).</remarks>
    public static bool IsNotAsserted(string sentence, int claimStart, SentenceWord[] sentenceWords) =>
        IsNegated(sentence, claimStart, sentenceWords) || Distancing().IsMatch(sentence);

    // The words that open a denied inference ("does not mean", "no study has shown", "nothing suggests").
    private static readonly FrozenSet<string> InferenceNegations = new[] { "not", "no", "never", "nothing", "nobody", "none", "cannot" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A claim that is itself a negation ("no addiction") is not undone by another "no" heading an earlier item of
    // the same list of selling points ("No hangover, no addiction"), only by a negation that governs it.
    private static readonly FrozenSet<string> ListNegations = new[] { "no", "none", "neither", "nor", "nothing", "zero" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> can negate what follows it ("not", "never", "nothing", any "-n't" word...).</summary>
    public static bool IsNegationCue(string word) =>
        NegationCues.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the sentence distances itself from claims it mentions ("be wary of clinics that promise ...").</summary>
    public static bool IsDistanced(string sentence) => Distancing().IsMatch(sentence);

    /// <summary>A real question asserts nothing ("Is ketamine FDA-approved for depression?").</summary>
    /// <remarks>A rhetorical "why stop at one?" or "why suffer another day?" is a selling line, not a question, so it is judged.</remarks>
    public static bool IsQuestion(string sentence) => Question().IsMatch(sentence) && !RhetoricalQuestion().IsMatch(sentence);

    /// <summary>A bibliography entry quotes a study's title; it is not the page's own claim.</summary>
    public static bool IsBibliographyEntry(string sentence) => Bibliography().IsMatch(sentence);

    /// <summary>True when a negation cue stands in the clause before the claim.</summary>
    public static bool IsNegated(string sentence, int claimStart) => IsNegated(sentence, claimStart, WordsOf(sentence));

    /// <summary>The words of a sentence as <see cref="IsNegated(string, int, SentenceWord[])"/> reads them, to split once per sentence.</summary>
    public static SentenceWord[] WordsOf(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new List<SentenceWord>();
        for (var match = Words().Match(sentence); match.Success; match = match.NextMatch())
        {
            words.Add(new SentenceWord(match.Index, match.Value));
        }

        return [.. words];
    }

    /// <summary>True when the sentence has at least <paramref name="count"/> of the words <see cref="WordsOf"/> splits, counted without splitting them.</summary>
    public static bool HasWords(string sentence, int count)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var seen = 0;
        foreach (var _ in Words().EnumerateMatches(sentence))
        {
            if (++seen >= count)
            {
                return true;
            }
        }

        return seen >= count;
    }

    /// <summary>As <see cref="IsNegated(string, int)"/>, with the sentence's words already split (<see cref="WordsOf"/>).</summary>
    public static bool IsNegated(string sentence, int claimStart, SentenceWord[] sentenceWords)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(sentenceWords);
        claimStart = Math.Clamp(claimStart, 0, sentence.Length);
        var before = sentence.AsSpan(0, claimStart);
        var count = 0;
        while (count < sentenceWords.Length && sentenceWords[count].End <= claimStart)
        {
            count++;
        }

        // A word running across the claim's start reads differently cut short ("can't" cut at "'t"): split the cut text.
        IReadOnlyList<SentenceWord> words = count < sentenceWords.Length && sentenceWords[count].Index < claimStart
            ? WordsOf(sentence[..claimStart])
            : new ArraySegment<SentenceWord>(sentenceWords, 0, count);
        var negativeClaim = NegativeClaim().IsMatch(sentence.AsSpan(claimStart));
        var first = ScopeStart(before, words);
        string? following = null;
        for (var i = words.Count - 1; i >= first; i--)
        {
            var value = words[i].Value;
            var negates = IsNegationCue(value);
            if (value.Equals("rather", StringComparison.OrdinalIgnoreCase))
            {
                negates = string.Equals(following, "than", StringComparison.OrdinalIgnoreCase);
            }
            else if (value.Equals("instead", StringComparison.OrdinalIgnoreCase))
            {
                negates = string.Equals(following, "of", StringComparison.OrdinalIgnoreCase);
            }
            if (negates && (following is null || !CancelledBy.Contains(following)) && !(negativeClaim && ListNegations.Contains(value) && IsListItemBefore(before, words[i])))
            {
                return true;
            }

            following = value;
        }

        // Past the word limit, a denied inference still governs the rest of its clause: "A breakthrough designation does
        // not mean that the drug has been proven safe or effective", "No study has shown that more sessions give longer-lasting results".
        // Only when the word limit, not a boundary or a subordinate clause, ended the scope.
        return first > 0 && first == words.Count - ScopeWords && DeniesInference(before, words, first);
    }

    /// <summary>
    /// True when a negated verb of proof or inference stands in the claim's clause beyond the word limit. The expression
    /// runs only when a negation word sits there, so most long sentences cost one pass over their words.
    /// </summary>
    private static bool DeniesInference(ReadOnlySpan<char> before, IReadOnlyList<SentenceWord> words, int first)
    {
        var end = before.Length;
        var start = 0;
        var cue = false;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (HasBoundary(before[word.End..end]) || (ContrastWords.Contains(word.Value) && !IsNotYet(words, i)))
            {
                start = word.End;
                break;
            }

            cue |= i < first && (InferenceNegations.Contains(word.Value) || word.Value.EndsWith("n't", StringComparison.OrdinalIgnoreCase));
            end = word.Index;
        }

        return cue && DeniedInference().IsMatch(before[start..]);
    }

    /// <summary>
    /// The first word in scope: at most <see cref="ScopeWords"/> back, after the last strong boundary or contrast word,
    /// and after the comma that closes a subordinate clause ("If a dose doesn't feel strong, take another").
    /// </summary>
    private static int ScopeStart(ReadOnlySpan<char> before, IReadOnlyList<SentenceWord> words)
    {
        // "Not anymore, now that the FDA has approved it": the answer denies the earlier state, not what follows its comma.
        var answered = AnswerLength(before, words);
        var first = Math.Max(answered, words.Count - ScopeWords);
        var end = before.Length;
        var comma = -1;
        for (var i = words.Count - 1; i >= first; i--)
        {
            var word = words[i];
            var gap = before[word.End..end];
            if (HasBoundary(gap))
            {
                return i + 1;
            }

            if (comma < 0 && gap.Contains(','))
            {
                comma = i + 1;
            }

            // "Not yet approved" keeps its negation: "yet" after a negation is "so far", not a contrast.
            if (ContrastWords.Contains(word.Value) && !IsNotYet(words, i))
            {
                return i + 1;
            }

            if (comma >= 0 && Subordinators.Contains(word.Value))
            {
                return comma;
            }

            end = word.Index;
        }

        // A sentence that opens with a subordinate clause ("If the first dose does not work, a higher dose will") ends
        // that clause at its comma, however long it is; so does a relative clause that began before the word limit
        // ("clients, the ones who arrive certain that nothing will help, tend to feel better").
        return comma >= 0 && first > 0 && (Subordinators.Contains(words[0].Value) || OpensBefore(before, words, first)) ? comma : first;
    }

    /// <summary>2 when the sentence opens "Not anymore," or "Not now," (the answer to an earlier state); 0 otherwise.</summary>
    private static int AnswerLength(ReadOnlySpan<char> before, IReadOnlyList<SentenceWord> words) =>
        words.Count > 2 && words[0].Value.Equals("not", StringComparison.OrdinalIgnoreCase) && AnswerWords.Contains(words[1].Value)
        && before[words[1].End..words[2].Index].Contains(',')
            ? 2
            : 0;

    /// <summary>True when a subordinator stands before word <paramref name="first"/> with no comma or boundary between.</summary>
    private static bool OpensBefore(ReadOnlySpan<char> before, IReadOnlyList<SentenceWord> words, int first)
    {
        for (var i = first - 1; i >= 0; i--)
        {
            var gap = before[words[i].End..words[i + 1].Index];
            if (gap.Contains(',') || HasBoundary(gap))
            {
                return false;
            }

            if (Subordinators.Contains(words[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNotYet(IReadOnlyList<SentenceWord> words, int i) =>
        i > 0 && words[i].Value.Equals("yet", StringComparison.OrdinalIgnoreCase)
        && (NegationCues.Contains(words[i - 1].Value) || words[i - 1].Value.EndsWith("n't", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the cue heads an earlier item of a list the claim is part of ("no hangover, no addiction").</summary>
    private static bool IsListItemBefore(ReadOnlySpan<char> before, SentenceWord cue)
    {
        var between = before[cue.End..];
        return between.Contains(',') || between.Contains(" and ", StringComparison.OrdinalIgnoreCase)
            || between.Contains(" or ", StringComparison.OrdinalIgnoreCase) || between.Contains('/');
    }

    private static bool HasBoundary(ReadOnlySpan<char> between) =>
        between.IndexOfAny(";:()") >= 0 || between.Contains(" — ", StringComparison.Ordinal) || between.Contains(" – ", StringComparison.Ordinal)
        || between.Contains(" - ", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:no|not|non|zero|without|never|free (?:of|from)|none)\b|^\w+n['’]t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeClaim();

    // A negated verb of proof or inference ("does not mean", "has not been shown", "no study has shown", "nothing
    // suggests", "not aware of evidence that"): what follows is what is denied. "No other study has shown" compares, so "other" and "else" do not count.
    [GeneratedRegex(@"\b(?:not aware of|no|little|insufficient|not enough)\s+(?:any\s+|good\s+|reliable\s+|convincing\s+)?(?:evidence|data|proof)\s+that\b|\b(?:(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should)(?:\s+not|n't)(?:\s+[\w-]+)?|never(?:\s+[\w-]+)?|cannot(?:\s+be)?|(?:no|not one|not a single)\s+(?:[\w-]+\s+)?(?:study|studies|trial|trials|research|evidence|data|review|reviews|paper|papers|one)(?:\s+[\w-]+){0,2}?|(?:nothing|nobody|none of (?:the|these|those) (?:studies|trials|data|results))(?:\s+[\w-]+){0,2}?)\s+(?:mean|means|meant|make|makes|made|show|shows|shown|showed|prove|proves|proven|proved|establish|establishes|established|demonstrate|demonstrates|demonstrated|guarantee|guarantees|imply|implies|suggest|suggests|suggested|confirm|confirms|confirmed|support|supports|supported|indicate|indicates|found|find)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeniedInference();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:myths?|misleading|untrue|not true|(?:be )?wary|beware|(?:(?:be|stay|remain|should be|right to be)\s+(?:\w+\s+)?|\b)s[ck]eptical\s+(?:of|about|toward|towards)\b|(?:be|stay|remain|should be|right to be)\s+(?:\w+\s+)?s[ck]eptical|red flags?|warning signs?|be careful|be cautious|too good to be true|exaggerat\w*|overstat\w*|no (?:good |reliable |scientific )?evidence|unproven|false (?:claim|promise|advertis)\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Distancing();

    [GeneratedRegex(@"^\W*(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|how|what|why|when|who|which|where)\b[^?]*\?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"^\W*why (?:stop|settle|wait|suffer|struggle|keep suffering|keep struggling|put up with|live with|go on|spend another|waste)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RhetoricalQuestion();

    [GeneratedRegex(@"\bdoi:?\s*10\.\d{4,9}/|\bdoi\.org/|\bPMID:?\s*\d|\b(?:19|20)\d{2}\s*[;,]\s*\d+\s*(?:\(\d+\))?\s*:\s*[e\d]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bibliography();
}
