using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>Phrases allowed only when the same sentence carries a citation (a resolved marker or a named source).</summary>
internal sealed class NeedsCitationCheck(RulePrefilter prefilter) : IClaimCheck
{
    private static readonly string[] CiteIt = ["a citation in the same sentence ([@key], [1] or a named study)"];

    public static bool IsCited(SentenceContext sentence) =>
        sentence.Sentence.HasCitation || sentence.Features.Has(FeatureNames.Citation) || sentence.Features.Has(FeatureNames.Source);

    public RuleKind Kind => RuleKind.NeedsCitation;

    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence) =>
        IsCited(sentence) ? null : PhraseMatch.First(rule, ruleIndex, sentence, prefilter) is { } hit ? hit with { Remedies = CiteIt } : null;
}
