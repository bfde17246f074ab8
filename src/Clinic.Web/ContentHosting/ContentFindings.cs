using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;

namespace Clinic.Web.ContentHosting;

/// <summary>What the claim linter found in one snapshot's files, keyed by each file's full path.</summary>
internal sealed class ContentFindings
{
    private readonly ILookup<string, Finding> byPath;

    public ContentFindings(IEnumerable<(string Path, Finding Finding)> findings, string? problem = null)
    {
        All = findings.ToList();
        byPath = All.ToLookup(f => f.Path, f => f.Finding, StringComparer.Ordinal);
        Problem = problem;
    }

    /// <summary>Nothing found, or nothing linted yet.</summary>
    public static ContentFindings None { get; } = new([]);

    /// <summary>Every finding with the full path of its file.</summary>
    public IReadOnlyList<(string Path, Finding Finding)> All { get; }

    /// <summary>Why the linter could not run as configured (a broken rules file), or null.</summary>
    public string? Problem { get; }

    /// <summary>The findings in one file.</summary>
    public IEnumerable<Finding> In(string path) => byPath[path];

    /// <summary>
    /// True when the file has a claim or citation error that must not reach readers. Review dates and readability
    /// are left out on purpose: they change with the calendar or are advice, and must never take a live page down.
    /// </summary>
    public bool BreaksPage(string path) => byPath[path].Any(f =>
        f.Severity == FindingSeverity.Error
        && !IsContentCode(f.RuleId)
        && f.Category is not (RuleCategories.ReviewProcess or RuleCategories.Readability));

    /// <summary>True for the content model's own codes (CC001...), which the snapshot already reports as diagnostics.</summary>
    public static bool IsContentCode(string ruleId) => ruleId.StartsWith("CC", StringComparison.Ordinal);
}
