using Clinic.Content.Lint.Rules;
using Clinic.Content.Publishing;

namespace Clinic.Content.Lint.Findings;

/// <summary>Says what kind of problem a finding is, for <see cref="PublicationPolicy"/> to decide what it means for readers.</summary>
public static class FindingWeights
{
    /// <summary>The finding's weight: not checked, advice (not an error), a process error (review, readability) or a reader-facing error.</summary>
    public static FindingWeight Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (LintFailure.Is(finding))
        {
            return FindingWeight.NotChecked;
        }

        if (finding.Severity != FindingSeverity.Error)
        {
            return FindingWeight.Advice;
        }

        return finding.Category is RuleCategories.ReviewProcess or RuleCategories.Readability ? FindingWeight.Process : FindingWeight.ReaderFacing;
    }

    /// <summary>The publication verdict of findings, each with the full path of its file.</summary>
    public static LintVerdict Verdict(IEnumerable<(string Path, Finding Finding)> findings) =>
        new(findings.Select(f => (f.Path, Of(f.Finding))));
}
