using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Suppressions;

namespace Clinic.Content.Lint.Linting;

/// <summary>Everything one lint run found: findings in file order, the suppressions that hid others, and the counts.</summary>
public sealed class LintReport
{
    /// <summary>The outcome of one lint run.</summary>
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

    /// <summary>Every finding, in file and line order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The files that could not be checked (each also among <see cref="Findings"/>); empty when every file was checked.</summary>
    public IReadOnlyList<Finding> Failures { get; }

    /// <summary>The suppression comments the run read, in file and line order.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; }

    /// <summary>The findings suppression comments hid, each with the comment that hid it.</summary>
    public IReadOnlyList<SuppressedFinding> Hidden { get; }

    /// <summary>How many files were checked.</summary>
    public int FilesLinted { get; }

    /// <summary>Where the rules came from, so a report says which rules file applied.</summary>
    public string RulesSource { get; }

    /// <summary>How many rules the run applied.</summary>
    public int RuleCount { get; }

    /// <summary>How many findings have <paramref name="severity"/>.</summary>
    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>True when any finding is at or above <paramref name="threshold"/>.</summary>
    public bool HasFindingsAtOrAbove(FindingSeverity threshold) => Findings.Any(f => f.Severity >= threshold);
}
