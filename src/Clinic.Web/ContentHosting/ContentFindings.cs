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

        // A page the linter could not check holds back that page only; a failure anywhere else (the folder as a whole,
        // the reference library every page cites) means no page can be trusted as checked.
        NothingChecked = All.Any(f => LintFailure.Is(f.Finding) && !f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
    }

    private ContentFindings(string problem)
        : this([], problem) => NothingChecked = true;

    /// <summary>Nothing found, or nothing linted yet.</summary>
    public static ContentFindings None { get; } = new([]);

    /// <summary>Every finding with the full path of its file.</summary>
    public IReadOnlyList<(string Path, Finding Finding)> All { get; }

    /// <summary>Why the linter could not run as configured (a broken rules file), or null.</summary>
    public string? Problem { get; }

    /// <summary>True when the linter could not run at all, so that every page counts as unchecked (fail closed).</summary>
    public bool NothingChecked { get; }

    /// <summary>The result of a lint run that failed as a whole: no page is checked, so none may be published as new.</summary>
    public static ContentFindings Unchecked(string problem) => new(problem);

    /// <summary>The findings in one file.</summary>
    public IEnumerable<Finding> In(string path) => byPath[path];

    /// <summary>
    /// True when the file has a claim or citation error that must not reach readers, or could not be checked at all.
    /// Review dates and readability are left out on purpose: they change with the calendar or are advice, and must
    /// never take a live page down.
    /// </summary>
    public bool BreaksPage(string path) => NothingChecked || byPath[path].Any(f =>
        f.Severity == FindingSeverity.Error
        && !IsContentCode(f.RuleId)
        && f.Category is not (RuleCategories.ReviewProcess or RuleCategories.Readability));

    /// <summary>True for the content model's own codes (CC001...), which the snapshot already reports as diagnostics.</summary>
    public static bool IsContentCode(string ruleId) => ruleId.StartsWith("CC", StringComparison.Ordinal);
}
