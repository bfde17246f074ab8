namespace Clinic.Content.Lint.Rules;

/// <summary>The fixed category names; every rule has exactly one.</summary>
public static class RuleCategories
{
    /// <summary>Promises a cure or a guaranteed result.</summary>
    public const string CureOrGuarantee = "cure-or-guarantee";
    /// <summary>Says a treatment is completely safe or has no side effects.</summary>
    public const string SafetyAbsolute = "safety-absolute";
    /// <summary>Misstates what a regulator approved.</summary>
    public const string RegulatoryMisstatement = "regulatory-misstatement";
    /// <summary>Gives a number without a source.</summary>
    public const string UncitedStatistic = "uncited-statistic";
    /// <summary>Claims more benefit, or faster, than the cited evidence shows.</summary>
    public const string EfficacyOverreach = "efficacy-overreach";
    /// <summary>Says more, or more frequent, doses give more benefit.</summary>
    public const string DoseEscalation = "dose-escalation";
    /// <summary>Uses what patients say, or their ratings, as proof the treatment works.</summary>
    public const string TestimonialAsEvidence = "testimonial-as-evidence";
    /// <summary>Says ketamine can be had without a prescription or medical supervision.</summary>
    public const string PrescriptionBypass = "prescription-bypass";
    /// <summary>Presents an animal study as if it were about people.</summary>
    public const string AnimalAsHuman = "animal-as-human";
    /// <summary>A page lacks a required notice, such as the not-medical-advice disclaimer or the crisis notice.</summary>
    public const string MissingDisclaimer = "missing-disclaimer";
    /// <summary>A page's clinical review is missing, overdue or out of date.</summary>
    public const string ReviewProcess = "review-process";
    /// <summary>A citation or reference is broken.</summary>
    public const string CitationIntegrity = "citation-integrity";
    /// <summary>A page is too hard to read.</summary>
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
