namespace Clinic.Content.Lint.Findings;

/// <summary>How serious a finding is; the order matters for <c>--fail-on</c>.</summary>
public enum FindingSeverity
{
    /// <summary>Worth a look; never fails a build by default.</summary>
    Info,

    /// <summary>Should be fixed before the next review.</summary>
    Warning,

    /// <summary>Must be fixed before publishing.</summary>
    Error,
}
