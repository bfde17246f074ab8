namespace Clinic.Content.Lint.Reports;

/// <summary>The output formats of <c>clinic-content lint</c>.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    MsBuild,
}
