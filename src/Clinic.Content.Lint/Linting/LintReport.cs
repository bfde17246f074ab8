using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Suppressions;

namespace Clinic.Content.Lint.Linting;

/// <summary>Everything one lint run found: findings in file order, the suppressions that hid others, and the counts.</summary>
public sealed class LintReport
{
    public LintReport(IEnumerable<Finding> findings, IEnumerable<Suppression> suppressions, IEnumerable<SuppressedFinding> hidden, int filesLinted, string rulesSource, int ruleCount)
    {
        Findings = findings
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        Failures = Findings.Where(LintFailure.Is).ToList();
        Suppressions = suppressions.OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ToList();
        Hidden = hidden.ToList();
        FilesLinted = filesLinted;
        RulesSource = rulesSource;
        RuleCount = ruleCount;
    }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The files that could not be checked (each also among <see cref="Findings"/>); empty when every file was checked.</summary>
    public IReadOnlyList<Finding> Failures { get; }

    public IReadOnlyList<Suppression> Suppressions { get; }

    /// <summary>The findings suppression comments hid, each with the comment that hid it.</summary>
    public IReadOnlyList<SuppressedFinding> Hidden { get; }

    public int FilesLinted { get; }

    public string RulesSource { get; }

    public int RuleCount { get; }

    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>True when any finding is at or above <paramref name="threshold"/>.</summary>
    public bool HasFindingsAtOrAbove(FindingSeverity threshold) => Findings.Any(f => f.Severity >= threshold);
}
