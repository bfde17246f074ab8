using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Checks;

/// <summary>Turns the content model's diagnostics (CC001-CC012) into findings, so one lint run reports every problem.</summary>
public static class ContentDiagnosticMapper
{
    /// <summary>The category each content code is reported under (documented in docs/lint-output.md).</summary>
    public static string CategoryOf(string code) => code switch
    {
        DiagnosticCodes.UnknownCitation or DiagnosticCodes.DuplicateReference or DiagnosticCodes.MalformedCitation => RuleCategories.CitationIntegrity,
        _ => RuleCategories.ReviewProcess,
    };

    /// <summary>Maps the diagnostics, leaving out those a linter check already reports more precisely.</summary>
    public static void Map(RuleSet rules, IEnumerable<ContentDiagnostic> diagnostics, Func<string, string> display, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(display);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var d in diagnostics)
        {
            if (IsCoveredByCheck(rules, d))
            {
                continue;
            }

            findings.Add(new Finding(
                display(d.Path),
                SourceRange.At(d.Line, d.Column),
                d.Code,
                CategoryOf(d.Code),
                d.Severity switch
                {
                    DiagnosticSeverity.Error => FindingSeverity.Error,
                    DiagnosticSeverity.Warning => FindingSeverity.Warning,
                    _ => FindingSeverity.Info,
                },
                d.Message,
                d.Hint,
                string.Empty));
        }
    }

    private static bool IsCoveredByCheck(RuleSet rules, ContentDiagnostic d) => d.Code switch
    {
        DiagnosticCodes.UnknownCitation => rules.ForCheck(PageCheckNames.CitationUnknown) is not null,
        DiagnosticCodes.MalformedCitation => rules.ForCheck(PageCheckNames.CitationMalformed) is not null,
        DiagnosticCodes.MissingField when d.Field == "reviewer" =>
            rules.ForCheck(PageCheckNames.ReviewerMissing) is not null,
        DiagnosticCodes.MissingField when d.Field == "reviewed" =>
            rules.ForCheck(PageCheckNames.ReviewDateMissing) is not null,
        _ => false,
    };
}
