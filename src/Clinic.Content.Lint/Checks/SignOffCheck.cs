using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Pages;
using Clinic.Content.Reviews;

namespace Clinic.Content.Lint.Checks;

/// <summary>Reports a page whose text changed after its reviewer signed it off, with what changed.</summary>
internal static class SignOffCheck
{
    /// <summary>Adds a finding to <paramref name="findings"/> when <paramref name="fileText"/> differs from what the reviewer signed off.</summary>
    public static void Run(RuleSet rules, string contentRoot, ContentPage page, string fileText, string file, LintOptions options, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(findings);
        var front = page.FrontMatter;
        if (front.ReviewHash is not { } signed || rules.ForCheck(PageCheckNames.ReviewChanged) is not { } rule
            || string.Equals(signed, ReviewSignature.Fingerprint(fileText), StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var changes = ReviewSignature.Changes(contentRoot, page.SourcePath, fileText)
            ?? $"no signed copy is kept in {ReviewSignature.SignedFolder}/ to compare with";
        var at = front.FieldPositions.TryGetValue(ReviewSignature.Field, out var position) ? SourceRange.At(position.Line, position.Column) : SourceRange.FileStart;
        var severity = options.ReviewChangesAreWarnings ? FindingSeverity.Warning : rule.Severity;
        var reviewer = string.IsNullOrWhiteSpace(front.Reviewer) ? "the reviewer" : front.Reviewer;
        findings.Add(new Finding(file, at, rule.Id, rule.Category, severity,
            $"{rule.Message} Signed off by {reviewer}{(front.Reviewed is { } day ? $" on {day:yyyy-MM-dd}" : string.Empty)}; since then {changes}.",
            rule.Fix, string.Empty));
    }
}
