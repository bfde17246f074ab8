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
    public double Recall => Rows == 0 ? 0 : (double)RowsHit / Rows;

    public double ClaimsRecall => Claims == 0 ? 0 : (double)ClaimsHit / Claims;

    public double AlarmsPerReferencePage => ReferencePages == 0 ? 0 : (double)ReferenceAlarms / ReferencePages;
}
