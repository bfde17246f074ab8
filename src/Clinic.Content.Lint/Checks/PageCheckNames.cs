namespace Clinic.Content.Lint.Checks;

/// <summary>The page checks the engine implements; a page-check rule names one of these in its <c>check</c> field.</summary>
public static class PageCheckNames
{
    public const string ReviewerMissing = "reviewer-missing";
    public const string ReviewDateMissing = "review-date-missing";
    public const string ReviewOverdue = "review-overdue";
    public const string ReviewChanged = "review-changed";
    public const string ReadingGrade = "reading-grade";
    public const string CitationUnknown = "citation-unknown";
    public const string CitationUnused = "citation-unused";
    public const string CitationDoi = "citation-doi";
    public const string CitationPmid = "citation-pmid";
    public const string CitationMalformed = "citation-malformed";
    public const string SuppressionInvalid = "suppression-invalid";
    public const string DiagramText = "diagram-text";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ReviewerMissing, ReviewDateMissing, ReviewOverdue, ReviewChanged, ReadingGrade, CitationUnknown, CitationUnused,
        CitationDoi, CitationPmid, CitationMalformed, SuppressionInvalid, DiagramText,
    };
}
