using System.Text.RegularExpressions;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>The first asserted match of a rule's patterns, shared by the banned and needs-citation kinds.</summary>
internal static class PhraseMatch
{
    /// <summary>The first asserted match, or null; a pattern that times out twice throws <see cref="PatternTimeoutException"/>.</summary>
    public static ClaimHit? First(ClaimRule rule, int ruleIndex, SentenceContext sentence, RulePrefilter prefilter)
    {
        var text = sentence.Text;
        for (var p = 0; p < rule.Patterns.Count; p++)
        {
            if (!sentence.Candidates[prefilter.PatternIndex(ruleIndex, p)])
            {
                continue;
            }

            (int Start, int Length, string Claim)? found;
            try
            {
                found = prefilter.PatternRunner(ruleIndex, p).Run(regex => FirstAsserted(regex, sentence));
            }
            catch (PatternTimeoutException ex)
            {
                throw new PatternTimeoutException($"its pattern {p + 1}", ex);
            }

            if (found is { } match)
            {
                return IsExempt(rule, text)
                    ? null
                    : new ClaimHit(match.Start, match.Length, [match.Claim], []);
            }
        }

        return null;
    }

    private static (int Start, int Length, string Claim)? FirstAsserted(Regex regex, SentenceContext sentence)
    {
        var text = sentence.Text;
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            var claim = match.Groups["claim"];
            var claimStart = claim.Success ? claim.Index : match.Index;
            if (!ClaimContext.IsNegated(text, claimStart, sentence.Words) && !sentence.IsDistanced)
            {
                return (match.Index, match.Length, claim.Success ? claim.Value : match.Value);
            }
        }

        return null;
    }

    private static bool IsExempt(ClaimRule rule, string text)
    {
        for (var e = 0; e < rule.Exceptions.Count; e++)
        {
            try
            {
                if (TimedPattern.Of(rule.Exceptions[e]).Run(regex => regex.IsMatch(text)))
                {
                    return true;
                }
            }
            catch (PatternTimeoutException ex)
            {
                throw new PatternTimeoutException($"its exception {e + 1}", ex);
            }
        }

        return false;
    }
}
