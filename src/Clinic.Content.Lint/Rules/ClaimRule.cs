using System.Text.RegularExpressions;
using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Findings;

namespace Clinic.Content.Lint.Rules;

/// <summary>One rule from claim-rules.yaml, with its patterns compiled once.</summary>
public sealed record ClaimRule
{
    /// <summary>The rule's id, which findings and suppressions name.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of harm the rule guards against (see <see cref="RuleCategories"/>).</summary>
    public required string Category { get; init; }

    /// <summary>How the rule matches text.</summary>
    public required RuleKind Kind { get; init; }

    /// <summary>Whether a finding fails the build or only warns.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>What is wrong, as the reader of a finding sees it.</summary>
    public required string Message { get; init; }

    /// <summary>The regulatory or health-literacy reason, with its source.</summary>
    public required string Why { get; init; }

    /// <summary>A compliant rewording.</summary>
    public required string Fix { get; init; }

    /// <summary>For banned and needs-citation rules: the claim; for required rules: any acceptable wording.</summary>
    public IReadOnlyList<Regex> Patterns { get; init; } = [];

    /// <summary>When one of these matches the sentence, the sentence is compliant.</summary>
    public IReadOnlyList<Regex> Exceptions { get; init; } = [];

    /// <summary>For page checks: the engine check that implements the rule.</summary>
    public string? Check { get; init; }

    /// <summary>For page checks with a limit (e.g. the highest reading grade allowed).</summary>
    public double? Threshold { get; init; }

    /// <summary>Which pages the rule checks.</summary>
    public PageScope AppliesTo { get; init; } = PageScope.AllPages;

    /// <summary>Text the rule must flag and text it must leave alone; a test checks both.</summary>
    public RuleExample? Example { get; init; }

    /// <summary>For predicate rules: the features that make a sentence this claim.</summary>
    public Predicate? When { get; init; }

    /// <summary>For evidence rules: what about the cited references breaks the rule.</summary>
    public EvidenceCondition? Evidence { get; init; }
}
