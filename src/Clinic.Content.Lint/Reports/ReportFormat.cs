namespace Clinic.Content.Lint.Reports;

/// <summary>The output formats of <c>clinic-content lint</c>.</summary>
public enum ReportFormat
{
    /// <summary>Lines a person reads in a terminal.</summary>
    Text,
    /// <summary>JSON for other tools.</summary>
    Json,
    /// <summary>SARIF for code-scanning tools.</summary>
    Sarif,
    /// <summary>GitHub Actions annotations.</summary>
    GitHub,
    /// <summary>MSBuild error lines.</summary>
    MsBuild,
}
