using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>
/// Phrases allowed only when the same sentence carries a citation (a resolved marker or a named source), or one of
/// the features the rule's <c>when: none:</c> names as showing where its figure comes from (a trial's comparison arm,
/// a population described rather than a treatment), unless the figure is about the clinic's own results.
/// </summary>
internal sealed class NeedsCitationCheck(RulePrefilter prefilter) : IClaimCheck
{
    private static readonly string[] CiteIt = ["a citation in the same sentence ([@key], [1] or a named study)"];

    public static bool IsCited(SentenceContext sentence) =>
        sentence.Sentence.HasCitation || sentence.Features.Has(FeatureNames.Citation) || sentence.Features.Has(FeatureNames.Source);

    public RuleKind Kind => RuleKind.NeedsCitation;

    // The phrase first: most sentences have none, and then the citation and source expressions never run on them.
    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence) =>
        PhraseMatch.First(rule, ruleIndex, sentence, prefilter) is { } hit && !IsCited(sentence) && !IsAccounted(rule, sentence)
            ? hit with { Remedies = CiteIt }
            : null;

    // A figure reported with its trial's placebo arm, or one about people with a condition, says where it comes from
    // the way a citation does; a rule lists such features under 'when: none:' (the loader allows nothing else there).
    // The clinic's own results borrow that wording too ("our remission rate beats every placebo-controlled trial"),
    // so for them only a citation will do.
    private static bool IsAccounted(ClaimRule rule, SentenceContext sentence) =>
        rule.When is { } when && when.None.Any(sentence.Features.Has) && !sentence.Features.Has(FeatureNames.OwnResults);
}
