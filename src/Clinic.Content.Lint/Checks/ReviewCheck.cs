using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Pages;

namespace Clinic.Content.Lint.Checks;

/// <summary>Checks a page's medical review: a named reviewer, a review date, and a next review that is not overdue.</summary>
public static class ReviewCheck
{
    /// <summary>Days past due after which an overdue review is an error, whatever the rule's severity.</summary>
    public const int GraceDays = 90;

    /// <summary>Adds a finding to <paramref name="findings"/> when the page's review is missing or overdue on <paramref name="today"/>.</summary>
    public static void Run(RuleSet rules, ContentPage page, string file, DateOnly today, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(findings);
        var front = page.FrontMatter;
        if (front.Draft)
        {
            return;
        }

        // A missing or empty reviewer or review date is found by the content model (CC002); this check words it under
        // the reviewers' rule, so each problem is reported once.
        foreach (var missing in page.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingField))
        {
            if (ContentDiagnosticMapper.RuleFor(rules, missing) is { } rule)
            {
                findings.Add(At(rule, file, front, missing.Field!, rule.Severity, rule.Message));
            }
        }

        if (front.NextReview is { } due && due < today && rules.ForCheck(PageCheckNames.ReviewOverdue) is { } overdue)
        {
            var days = today.DayNumber - due.DayNumber;
            var severity = days > GraceDays ? FindingSeverity.Error : overdue.Severity;
            var field = front.FieldPositions.ContainsKey("next-review") ? "next-review" : "reviewed";
            findings.Add(At(overdue, file, front, field, severity,
                $"{overdue.Message} It was due on {due:yyyy-MM-dd}, {days} day{(days == 1 ? string.Empty : "s")} ago."));
        }
    }

    private static Finding At(ClaimRule rule, string file, FrontMatter front, string field, FindingSeverity severity, string message)
    {
        var span = front.FieldPositions.TryGetValue(field, out var at) ? SourceRange.At(at.Line, at.Column) : SourceRange.FileStart;
        return new Finding(file, span, rule.Id, rule.Category, severity, message, rule.Fix, string.Empty);
    }
}
