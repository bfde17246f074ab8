using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Reports;

/// <summary>Writes a lint report in the chosen format.</summary>
public static class ReportWriter
{
    /// <summary>The format names <c>--format</c> accepts.</summary>
    public static IReadOnlyDictionary<string, ReportFormat> Names { get; } = new Dictionary<string, ReportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["sarif"] = ReportFormat.Sarif,
        ["github"] = ReportFormat.GitHub,
        ["msbuild"] = ReportFormat.MsBuild,
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(LintReport report, RuleSet rules, ReportFormat format, ReportSettings settings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(settings);
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(report, output);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(report, rules, settings.Links, output);
                break;
            case ReportFormat.GitHub:
                GitHubReport.Write(report, output);
                break;
            case ReportFormat.MsBuild:
                MsBuildReport.Write(report, output);
                break;
            default:
                TextReport.Write(report, output, settings.Colour);
                break;
        }
    }
}
