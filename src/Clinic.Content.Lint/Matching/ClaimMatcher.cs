using System.Text.RegularExpressions;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Matching;

/// <summary>Judges sentences against the banned and needs-citation rules.</summary>
public sealed class ClaimMatcher
{
    private readonly RulePrefilter prefilter;

    public ClaimMatcher(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        prefilter = new RulePrefilter(rules.ClaimRules);
    }

    /// <summary>Adds the findings in one sentence: at most one per rule, at its first asserted claim.</summary>
    /// <remarks>When two rules of one category flag overlapping words, only the more severe finding is kept.</remarks>
    public void Judge(Sentence sentence, string file, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(findings);
        var text = Normalize(sentence.Text);
        if (ClaimContext.IsQuestion(text) || ClaimContext.IsBibliographyEntry(text))
        {
            return;
        }

        var candidates = prefilter.Candidates(text.ToLowerInvariant());
        List<(ClaimRule Rule, Match Match)>? hits = null;
        for (var r = 0; r < prefilter.Count; r++)
        {
            var rule = prefilter[r];
            if (!prefilter.AnyPattern(r, candidates) || (rule.Kind == RuleKind.NeedsCitation && sentence.HasCitation))
            {
                continue;
            }

            if (FirstAssertedClaim(rule, text, p => candidates[prefilter.PatternIndex(r, p)]) is { } match && !rule.Exceptions.Any(e => e.SafeIsMatch(text)))
            {
                hits ??= [];
                if (!IsOutranked(hits, rule, match))
                {
                    hits.RemoveAll(h => h.Rule.Category == rule.Category && Overlaps(h.Match, match));
                    hits.Add((rule, match));
                }
            }
        }

        foreach (var (rule, match) in hits ?? [])
        {
            var start = sentence.Start + match.Index;
            findings.Add(new Finding(file, sentence.Segment.SpanOf(start, start + match.Length), rule.Id, rule.Category,
                rule.Severity, rule.Message, rule.Fix, sentence.Segment.Text.Substring(start, match.Length)));
        }
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

    // On equal severity the longer match wins: "no risk of addiction" says more than "no risk".
    private static bool IsOutranked(List<(ClaimRule Rule, Match Match)> hits, ClaimRule rule, Match match) =>
        hits.Exists(h => h.Rule.Category == rule.Category && Overlaps(h.Match, match)
            && (h.Rule.Severity > rule.Severity || (h.Rule.Severity == rule.Severity && h.Match.Length >= match.Length)));

    private static bool Overlaps(Match a, Match b) => a.Index < b.Index + b.Length && b.Index < a.Index + a.Length;

    private static Match? FirstAssertedClaim(ClaimRule rule, string text, Func<int, bool> couldMatch)
    {
        for (var p = 0; p < rule.Patterns.Count; p++)
        {
            if (!couldMatch(p))
            {
                continue;
            }

            var pattern = rule.Patterns[p];
            try
            {
                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    var claim = match.Groups["claim"];
                    var claimStart = claim.Success ? claim.Index : match.Index;
                    if (!ClaimContext.IsNotAsserted(text, claimStart))
                    {
                        return match;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern on one sentence must not stop the run; the other patterns still judge it.
            }
        }

        return null;
    }
}
