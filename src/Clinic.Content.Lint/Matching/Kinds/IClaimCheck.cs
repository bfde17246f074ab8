using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>How one kind of sentence rule (banned, needs-citation, predicate) decides whether a sentence breaks it.</summary>
internal interface IClaimCheck
{
    RuleKind Kind { get; }

    /// <summary>The claim the sentence makes under <paramref name="rule"/>, or null when it complies.</summary>
    ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence);
}
