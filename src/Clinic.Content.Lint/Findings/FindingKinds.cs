using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Findings;

/// <summary>The kind of a finding from its rule's category, and each kind's word in reports.</summary>
public static class FindingKinds
{
    /// <summary>The kind of a finding of a rule in <paramref name="category"/>.</summary>
    public static FindingKind Of(string category) => category switch
    {
        LintFailure.Category => FindingKind.NotChecked,
        RuleCategories.CitationIntegrity => FindingKind.Citation,
        RuleCategories.ReviewProcess => FindingKind.Review,
        RuleCategories.Readability => FindingKind.Readability,
        RuleCategories.MissingDisclaimer => FindingKind.Disclaimer,
        _ => FindingKind.Claim,
    };

    /// <summary>The kind in the editor's words, as docs/content-guide.md names it.</summary>
    public static string Word(FindingKind kind) => kind switch
    {
        FindingKind.Citation => "citation",
        FindingKind.Disclaimer => "disclaimer",
        FindingKind.Review => "review",
        FindingKind.Readability => "readability",
        FindingKind.Content => "content",
        FindingKind.NotChecked => "not checked",
        _ => "claim",
    };
}
