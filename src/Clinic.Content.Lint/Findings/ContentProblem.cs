using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Findings;

/// <summary>
/// The findings for the content model's own problems (CC001...): a file, YAML or citation it could not read as written.
/// They are ordinary findings that know their kind and where they are explained, so every report lists them in one list.
/// </summary>
public static class ContentProblem
{
    /// <summary>The heading of docs/claim-rules.md that explains every content-model problem.</summary>
    public const string HelpAnchor = "content-model-problems";

    /// <summary>The category a content code is reported under (documented in docs/lint-output.md).</summary>
    public static string CategoryOf(string code) => code switch
    {
        DiagnosticCodes.UnknownCitation or DiagnosticCodes.DuplicateReference or DiagnosticCodes.MalformedCitation => RuleCategories.CitationIntegrity,
        _ => RuleCategories.ReviewProcess,
    };

    /// <summary>The finding for content code <paramref name="code"/> in <paramref name="file"/> (as shown to staff).</summary>
    public static Finding At(string file, SourceRange span, string code, FindingSeverity severity, string message, string fix)
    {
        var category = CategoryOf(code);
        return new Finding(file, span, code, category, severity, message, fix, string.Empty)
        {
            Kind = category == RuleCategories.CitationIntegrity ? FindingKind.Citation : FindingKind.Content,
            HelpAnchor = HelpAnchor,
        };
    }

    /// <summary>The finding for one content diagnostic, its file shown as <paramref name="file"/>.</summary>
    public static Finding Of(ContentDiagnostic diagnostic, string file)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return At(file, SourceRange.At(diagnostic.Line, diagnostic.Column), diagnostic.Code,
            diagnostic.Severity == DiagnosticSeverity.Error ? FindingSeverity.Error : FindingSeverity.Warning, diagnostic.Message, diagnostic.Hint);
    }
}
