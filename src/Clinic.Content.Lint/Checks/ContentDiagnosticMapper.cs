using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Checks;

/// <summary>
/// Turns the content model's diagnostics into findings, so one lint run reports every problem once. The content model
/// finds every problem in its files; a few of them (unknown and malformed citations, a missing reviewer or review date)
/// are worded by a reviewers' rule instead of the content code, by the page check that names them.
/// </summary>
internal static class ContentDiagnosticMapper
{
    /// <summary>Maps the diagnostics, leaving out those a reviewers' rule words (<see cref="RuleFor"/>).</summary>
    public static void Map(RuleSet rules, IEnumerable<ContentDiagnostic> diagnostics, Func<string, string> display, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(display);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var d in diagnostics)
        {
            if (RuleFor(rules, d) is not null)
            {
                continue;
            }

            findings.Add(ContentProblem.Of(d, display(d.Path)));
        }
    }

    /// <summary>The reviewers' rule that words this diagnostic, or null when it is reported under its own content code.</summary>
    public static ClaimRule? RuleFor(RuleSet rules, ContentDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var check = diagnostic.Code switch
        {
            DiagnosticCodes.UnknownCitation => PageCheckNames.CitationUnknown,
            DiagnosticCodes.MalformedCitation => PageCheckNames.CitationMalformed,
            DiagnosticCodes.MissingField when diagnostic.Field == "reviewer" => PageCheckNames.ReviewerMissing,
            DiagnosticCodes.MissingField when diagnostic.Field == "reviewed" => PageCheckNames.ReviewDateMissing,
            _ => null,
        };
        return check is null ? null : rules.ForCheck(check);
    }
}
