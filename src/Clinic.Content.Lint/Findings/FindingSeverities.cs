namespace Clinic.Content.Lint.Findings;

/// <summary>The one word for each severity in every report staff read (text, check, JSON, MSBuild, the preview).</summary>
public static class FindingSeverities
{
    /// <summary>"error", "warning" or "info".</summary>
    public static string Word(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };
}
