using System.Text.RegularExpressions;
using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Findings;

namespace Clinic.Content.Lint.Rules;

/// <summary>One rule from claim-rules.yaml, with its patterns compiled once.</summary>
public sealed record ClaimRule
{
    public required string Id { get; init; }

    public required string Category { get; init; }

    public required RuleKind Kind { get; init; }

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

    public PageScope AppliesTo { get; init; } = PageScope.AllPages;

    public RuleExample? Example { get; init; }

    /// <summary>For predicate rules: the features that make a sentence this claim.</summary>
    public Predicate? When { get; init; }

    /// <summary>For evidence rules: what about the cited references breaks the rule.</summary>
    public EvidenceCondition? Evidence { get; init; }
}
