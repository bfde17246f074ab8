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

    // The phrase first: most sentences have none, and then the citation and source expressions never run on them.
    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence) =>
        PhraseMatch.First(rule, ruleIndex, sentence, prefilter) is { } hit && !IsCited(sentence) ? hit with { Remedies = CiteIt } : null;
}
