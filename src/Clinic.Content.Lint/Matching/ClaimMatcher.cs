using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Matching.Kinds;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;
using Clinic.Content.References;

namespace Clinic.Content.Lint.Matching;

/// <summary>Judges sentences against every sentence rule, each through the check for its kind.</summary>
public sealed class ClaimMatcher
{
    private readonly RuleSet rules;
    private readonly RulePrefilter prefilter;
    private readonly (ClaimRule Rule, int Index, IClaimCheck Check, bool Prefiltered, int[]? Required)[] checks;
    private readonly (ClaimRule Rule, IClaimCheck Check)[] secondReaders;
    private readonly int[] excuses;

    [ThreadStatic]
    private static char[]? lowerBuffer;

    [ThreadStatic]
    private static bool[]? candidatesBuffer;

    /// <summary>A matcher for the claim rules in <paramref name="rules"/>.</summary>
    public ClaimMatcher(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
        prefilter = new RulePrefilter(rules.ClaimRules, rules.Features);
        var predicates = new PredicateCheck(rules.Features, rules.PredicateRules);
        IClaimCheck[] kinds = [new BannedCheck(prefilter), new NeedsCitationCheck(prefilter), predicates, new EvidenceCheck(predicates)];
        var byKind = kinds.ToDictionary(k => k.Kind);
        // Phrase rules are numbered as the prefilter numbers them, predicate and evidence rules by their position among
        // those (where PredicateCheck keeps each rule's resolved features).
        // A predicate rule's 'all:' word lists are asked here first: most sentences lack one of them, and the rule is
        // passed over without a call (its check would return at that same first test).
        checks = rules.ClaimRules.Select((rule, index) => (rule, index, byKind[rule.Kind], true, (int[]?)[]))
            .Concat(rules.PredicateRules.Select((rule, index) => (rule, index, byKind[rule.Kind], false, rule.Kind == RuleKind.Predicate ? predicates.Required(index) : [])))
            .ToArray();
        // The lists that excuse a claim somewhere ('none:'), asked of a side clause before the sentence is read without it.
        // Word lists first: they are tagged already, while a list with patterns runs its expression when asked.
        excuses = [.. rules.PredicateRules.SelectMany(r => r.When?.None ?? []).Distinct()
            .Select(rules.Features.IndexOf).Where(i => i >= 0).OrderBy(i => rules.Features.LookupIndexAt(i) < 0)];
        var reader = new ReaderCheck(rules.Reader, rules.Features);
        secondReaders = [.. rules.ReaderRules.Select(rule => (rule, (IClaimCheck)reader))];
    }

    /// <summary>Adds the findings in one sentence: at most one per rule, at its first asserted claim.</summary>
    /// <remarks>
    /// When two rules of one category flag overlapping words, only the more severe finding is kept. The library looks up
    /// a cited key for evidence rules; it is null for loose pages. <paramref name="previous"/> is the sentence read just
    /// before this one: when it is a question, answer rules read this sentence as its answer.
    /// </remarks>
    public void Judge(Sentence sentence, string file, List<Finding> findings, Func<string, Reference?>? library = null, Sentence? previous = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(findings);
        var text = Normalize(sentence.Text);
        // A rhetorical sales question ("What if you could wake up without the dread?") promises its answer, so only a
        // real question is skipped.
        if ((ClaimContext.IsQuestion(text) && !rules.Features.Occurs(FeatureNames.HookQuestion, text)) || ClaimContext.IsBibliographyEntry(text))
        {
            return;
        }

        var question = previous is not null && IsAsked(previous.Segment.Text.AsSpan(previous.Start, previous.End - previous.Start))
            ? new AskedQuestion(Normalize(previous.Text), rules.Features)
            : null;
        var whole = new SentenceContext(sentence, text, Candidates(text), prefilter, rules.Features, library, question);
        var hits = Hits(whole, file, findings);
        int[]? origin = null;
        // A sentence that raised nothing is read once more without its side clauses (SideClauses) when they hold what
        // excused it: a hedge or caveat there qualifies only that clause. A cited sentence keeps its citation's reading.
        if (hits is null && !sentence.HasCitation && SideClauses.Without(text) is var (shortened, from) && Excuses(whole, from))
        {
            hits = Hits(new SentenceContext(sentence, shortened, Candidates(shortened), prefilter, rules.Features, library, question), file, findings);
            origin = from;
        }

        foreach (var (rule, hit) in hits ?? [])
        {
            var start = sentence.Start + (origin is null ? hit.Start : origin[hit.Start]);
            var end = origin is null || hit.Length == 0 ? start + hit.Length : sentence.Start + origin[hit.End - 1] + 1;
            findings.Add(new Finding(file, sentence.Segment.SpanOf(start, end), rule.Id, rule.Category,
                rule.Severity, Explain(rule.Message, hit), Remedy(rule.Fix, hit), sentence.Segment.Text.Substring(start, end - start)));
        }
    }

    /// <summary>
    /// True when the part of the sentence left out of the shortened reading (<paramref name="kept"/> lists what stays)
    /// holds a word that lets a claim pass: a compliant word list of some rule ('none:'), a negation, or distancing.
    /// Without one the shortened reading would find nothing new, and most sentences with a side clause are spared it.
    /// </summary>
    private bool Excuses(SentenceContext whole, int[] kept)
    {
        if (whole.IsDistanced)
        {
            return true;
        }

        foreach (var word in whole.Words)
        {
            if (IsRemoved(kept, word.Index) && ClaimContext.IsNegationCue(word.Value))
            {
                return true;
            }
        }

        foreach (var index in excuses)
        {
            foreach (var hit in whole.Features[index])
            {
                if (IsRemoved(kept, hit.Start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The kept positions are in ascending order, so a position left out is simply one the search does not find.
    private static bool IsRemoved(int[] kept, int position) => Array.BinarySearch(kept, position) < 0;

    /// <summary>The claims the rules (else the learned reader) find in one reading of a sentence; null when none.</summary>
    private List<(ClaimRule Rule, ClaimHit Hit)>? Hits(SentenceContext context, string file, List<Finding> findings)
    {
        List<(ClaimRule Rule, ClaimHit Hit)>? hits = null;
        foreach (var (rule, index, check, prefiltered, required) in checks)
        {
            if ((!prefiltered || prefilter.AnyPattern(index, context.Candidates)) && Occur(required, context)
                && JudgeOrReport(rule, index, check, context, file, findings) is { } hit)
            {
                hits ??= [];
                if (!IsOutranked(hits, rule, hit))
                {
                    hits.RemoveAll(h => h.Rule.Category == rule.Category && h.Hit.Overlaps(hit));
                    hits.Add((rule, hit));
                }
            }
        }

        // The learned reader is a second reader: it speaks only about sentences the rules let through.
        if (hits is null)
        {
            foreach (var (rule, check) in secondReaders)
            {
                if (JudgeOrReport(rule, -1, check, context, file, findings) is { } hit)
                {
                    (hits ??= []).Add((rule, hit));
                    break;
                }
            }
        }

        return hits;
    }

    // The prefilter's answer for the lower-cased sentence, in buffers this thread reuses: a sentence is judged on one
    // thread from start to end, and its context (which holds the answer) is dropped before the next one.
    private bool[] Candidates(string text)
    {
        var lower = lowerBuffer is { } chars && chars.Length >= text.Length ? chars : lowerBuffer = new char[Math.Max(text.Length, 256)];
        var length = text.AsSpan().ToLowerInvariant(lower);
        var candidates = candidatesBuffer is { } known && known.Length >= prefilter.PatternCount ? known : candidatesBuffer = new bool[prefilter.PatternCount];
        return prefilter.Candidates(lower.AsSpan(0, length), candidates);
    }

    // Words-only lists are tagged in one pass and never run an expression, so asking for them cannot fail.
    private static bool Occur(int[]? required, SentenceContext context)
    {
        if (required is null)
        {
            return false;
        }

        foreach (var index in required)
        {
            if (!context.Features.Has(index))
            {
                return false;
            }
        }

        return true;
    }

    // A rule whose expression times out twice on the sentence has not judged it: that is reported as "not checked"
    // (CL000), never read as compliant.
    private static ClaimHit? JudgeOrReport(ClaimRule rule, int index, IClaimCheck check, SentenceContext context, string file, List<Finding> findings)
    {
        try
        {
            return check.Judge(rule, index, context);
        }
        catch (PatternTimeoutException ex)
        {
            findings.Add(LintFailure.ForSentence(file, context.Sentence, rule.Id, ex.Message));
            return null;
        }
    }

    /// <summary>True when the sentence ends with a question mark (closing quotes and brackets aside): a question or a fragment such as "Side effects?".</summary>
    public static bool IsAsked(ReadOnlySpan<char> sentence)
    {
        var end = sentence.TrimEnd().TrimEnd("\"'”’)]*");
        return end.Length > 1 && end[^1] == '?';
    }

    /// <summary>Typographic quotes and dashes become their plain forms (same length, so positions stay exact).</summary>
    public static string Normalize(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '’' or '‘' or '`' or '´' => '\'',
                    '“' or '”' => '"',
                    '\u2010' or '\u2011' => '-',
                    '\u00A0' => ' ',
                    var c => c,
                };
            }
        });

    // Every finding says which words made the sentence a claim, so a writer sees what to change.
    private static string Explain(string message, ClaimHit hit) =>
        hit.Triggers.Count == 0 ? message : $"{message} Claim words: {string.Join(", ", hit.Triggers.Select(t => $"\"{t}\""))}.";

    private static string Remedy(string fix, ClaimHit hit) =>
        hit.Remedies.Count == 0 ? fix : $"{fix} Or make it compliant with {string.Join(", or ", hit.Remedies)}.";

    // On equal severity a phrase rule beats a predicate (its message names the exact claim), then the hit with more
    // claim words (the more specific rule), then the longer match: "no risk of addiction" says more than "no risk".
    private static bool IsOutranked(List<(ClaimRule Rule, ClaimHit Hit)> hits, ClaimRule rule, ClaimHit hit) =>
        hits.Exists(h => h.Rule.Category == rule.Category && h.Hit.Overlaps(hit)
            && (h.Rule.Severity != rule.Severity ? h.Rule.Severity > rule.Severity
                : IsPhrase(h.Rule) != IsPhrase(rule) ? IsPhrase(h.Rule)
                : h.Hit.Triggers.Count != hit.Triggers.Count ? h.Hit.Triggers.Count > hit.Triggers.Count
                : h.Hit.Length >= hit.Length));

    private static bool IsPhrase(ClaimRule rule) => rule.Kind != RuleKind.Predicate;
}
