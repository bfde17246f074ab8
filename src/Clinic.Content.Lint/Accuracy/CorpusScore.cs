namespace Clinic.Content.Lint.Accuracy;

/// <summary>
/// The corpus-wide figures the corpus scorer reports, next to the per-rule ones: annotation rows (claims and
/// page-level) hit by any finding whatever its category, claim rows (no missing-disclaimer) hit, claim findings on
/// reference pages, and hard negatives overlapped by a claim finding.
/// </summary>
public sealed record CorpusScore(
    int RowsHit, int Rows, int ClaimsHit, int Claims, int ReferenceAlarms, int ReferencePages, int HardNegativesFlagged, int HardNegatives,
    IReadOnlyList<RuleAccuracy> Rules)
{
    /// <summary>The share of annotated rows the linter caught.</summary>
    public double Recall => Rows == 0 ? 0 : (double)RowsHit / Rows;

    /// <summary>The share of annotated claims the linter caught.</summary>
    public double ClaimsRecall => Claims == 0 ? 0 : (double)ClaimsHit / Claims;

    /// <summary>False alarms per reference page, where the linter should find nothing.</summary>
    public double AlarmsPerReferencePage => ReferencePages == 0 ? 0 : (double)ReferenceAlarms / ReferencePages;
}
