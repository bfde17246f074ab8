namespace Clinic.Content.Lint.Rules;

/// <summary>The fixed category names; every rule has exactly one.</summary>
public static class RuleCategories
{
    public const string CureOrGuarantee = "cure-or-guarantee";
    public const string SafetyAbsolute = "safety-absolute";
    public const string RegulatoryMisstatement = "regulatory-misstatement";
    public const string UncitedStatistic = "uncited-statistic";
    public const string EfficacyOverreach = "efficacy-overreach";
    public const string DoseEscalation = "dose-escalation";
    public const string TestimonialAsEvidence = "testimonial-as-evidence";
    public const string PrescriptionBypass = "prescription-bypass";
    public const string AnimalAsHuman = "animal-as-human";
    public const string MissingDisclaimer = "missing-disclaimer";
    public const string ReviewProcess = "review-process";
    public const string CitationIntegrity = "citation-integrity";
    public const string Readability = "readability";

    /// <summary>True for the categories of sentence claims (not page, review or citation checks).</summary>
    public static bool IsClaim(string category) =>
        category is CureOrGuarantee or SafetyAbsolute or RegulatoryMisstatement or UncitedStatistic or EfficacyOverreach
            or DoseEscalation or TestimonialAsEvidence or PrescriptionBypass or AnimalAsHuman;

    /// <summary>All categories, in the order the catalogue lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CureOrGuarantee, SafetyAbsolute, RegulatoryMisstatement, UncitedStatistic, EfficacyOverreach,
        DoseEscalation, TestimonialAsEvidence, PrescriptionBypass, AnimalAsHuman, MissingDisclaimer, ReviewProcess, CitationIntegrity, Readability,
    ];
}
