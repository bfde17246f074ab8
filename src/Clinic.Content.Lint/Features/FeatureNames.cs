namespace Clinic.Content.Lint.Features;

/// <summary>The features the engine itself relies on, beyond the rules that name them.</summary>
public static class FeatureNames
{
    /// <summary>Citation markers: a sentence with one counts as cited for needs-citation rules.</summary>
    public const string Citation = "citation";

    /// <summary>A named study, journal or organisation, which the annotation policy counts as a citation.</summary>
    public const string Source = "source";

    /// <summary>The clinic's own patients or results: a figure about them needs a citation, whatever else the sentence says.</summary>
    public const string OwnResults = "own-results";

    /// <summary>A clinic offering its services: a loose page with it is promotional and needs the disclaimer.</summary>
    public const string ClinicVoice = "clinic-voice";

    /// <summary>A sales hook ("What if you could ...?", "Why keep ...?"): a question with one asks nothing and is judged like any sentence.</summary>
    public const string HookQuestion = "hook-question";
}
