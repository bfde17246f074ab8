namespace Clinic.Content.Lint.Checks;

/// <summary>The page checks the engine implements; a page-check rule names one of these in its <c>check</c> field.</summary>
internal static class PageCheckNames
{
    /// <summary>A page has no reviewer named.</summary>
    public const string ReviewerMissing = "reviewer-missing";
    /// <summary>A page has no review date.</summary>
    public const string ReviewDateMissing = "review-date-missing";
    /// <summary>A page is past its next review date.</summary>
    public const string ReviewOverdue = "review-overdue";
    /// <summary>A page changed after its reviewer signed it off.</summary>
    public const string ReviewChanged = "review-changed";
    /// <summary>A page reads above the target school grade.</summary>
    public const string ReadingGrade = "reading-grade";
    /// <summary>A citation names a reference that is not in the references file.</summary>
    public const string CitationUnknown = "citation-unknown";
    /// <summary>A reference that no page cites.</summary>
    public const string CitationUnused = "citation-unused";
    /// <summary>A reference whose DOI is malformed.</summary>
    public const string CitationDoi = "citation-doi";
    /// <summary>A reference whose PubMed id is malformed.</summary>
    public const string CitationPmid = "citation-pmid";
    /// <summary>A citation marker the Markdown reader could not parse.</summary>
    public const string CitationMalformed = "citation-malformed";
    /// <summary>A suppression comment that is malformed or names no rule.</summary>
    public const string SuppressionInvalid = "suppression-invalid";
    /// <summary>A diagram not followed by its text equivalent (a paragraph, then the steps as a list).</summary>
    public const string DiagramText = "diagram-text";

    /// <summary>Every page check id, so rule files and suppressions can name them.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ReviewerMissing, ReviewDateMissing, ReviewOverdue, ReviewChanged, ReadingGrade, CitationUnknown, CitationUnused,
        CitationDoi, CitationPmid, CitationMalformed, SuppressionInvalid, DiagramText,
    };
}
