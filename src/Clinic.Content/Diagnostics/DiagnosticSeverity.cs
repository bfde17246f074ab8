namespace Clinic.Content.Diagnostics;

/// <summary>How serious a content problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something was dropped or guessed; the page still works.</summary>
    Warning,

    /// <summary>The page cannot be published as written.</summary>
    Error,
}
