using System.Text.RegularExpressions;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>The first asserted match of a rule's patterns, shared by the banned and needs-citation kinds.</summary>
internal static class PhraseMatch
{
    public static ClaimHit? First(ClaimRule rule, int ruleIndex, SentenceContext sentence, RulePrefilter prefilter)
    {
        var text = sentence.Text;
        for (var p = 0; p < rule.Patterns.Count; p++)
        {
            if (!sentence.Candidates[prefilter.PatternIndex(ruleIndex, p)])
            {
                continue;
            }

            try
            {
                for (var match = rule.Patterns[p].Match(text); match.Success; match = match.NextMatch())
                {
                    var claim = match.Groups["claim"];
                    var claimStart = claim.Success ? claim.Index : match.Index;
                    if (!ClaimContext.IsNotAsserted(text, claimStart, sentence.Words))
                    {
                        return rule.Exceptions.Any(e => e.SafeIsMatch(text))
                            ? null
                            : new ClaimHit(match.Index, match.Length, [claim.Success ? claim.Value : match.Value], []);
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
