using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>Banned phrases: the claim is never allowed, cited or not.</summary>
internal sealed class BannedCheck(RulePrefilter prefilter) : IClaimCheck
{
    public RuleKind Kind => RuleKind.Banned;

    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence) =>
        PhraseMatch.First(rule, ruleIndex, sentence, prefilter);
}
