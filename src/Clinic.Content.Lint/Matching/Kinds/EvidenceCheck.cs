using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>
/// Evidence rules: a cited sentence is checked against what it cites. Human-outcome wording cited only to animal
/// studies, "proven" cited only to a case series, or any citation of a retracted paper breaks the rule.
/// </summary>
internal sealed class EvidenceCheck(PredicateCheck predicates) : IClaimCheck
{
    public RuleKind Kind => RuleKind.Evidence;

    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence)
    {
        var cited = sentence.CitedReferences;
        if (cited.Count == 0 || !rule.Evidence!.Holds(cited))
        {
            return null;
        }

        var keys = cited.Select(r => $"@{r.Key}").ToList();
        if (rule.When is null)
        {
            return new ClaimHit(0, sentence.Text.Length, keys, []);
        }

        return predicates.Find(rule.When, ruleIndex, sentence) is { } hit
            ? hit with { Triggers = [.. hit.Triggers, .. keys], Remedies = [rule.Evidence.Describe() is var why ? $"evidence that matches the wording (it is {why})" : string.Empty] }
            : null;
    }
}
