namespace Clinic.Content.Lint.Accuracy;

/// <summary>
/// How one rule did on an annotated corpus. A finding is true when it overlaps an annotated claim sentence of its page
/// (or, for a page-level missing-disclaimer finding, when the page has that row); the rule's recall is the share of
/// its own category's rows it hits.
/// </summary>
public sealed record RuleAccuracy(string RuleId, string Category, int Found, int True, int RowsHit, int Rows, int ReferenceAlarms, int HardNegatives)
{
    /// <summary>True findings over all findings; null when the rule found nothing.</summary>
    public double? Precision => Found == 0 ? null : (double)True / Found;

    /// <summary>Rows of the rule's category it hit over all such rows; null when the corpus has none.</summary>
    public double? Recall => Rows == 0 ? null : (double)RowsHit / Rows;
}
