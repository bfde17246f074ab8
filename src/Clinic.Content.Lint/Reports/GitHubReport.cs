using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;

namespace Clinic.Content.Lint.Reports;

/// <summary>GitHub Actions workflow commands (<c>::error file=...,line=...::message</c>), which annotate the pull request.</summary>
internal static class GitHubReport
{
    /// <summary>Writes the findings as GitHub Actions annotations, so they show on the pull request.</summary>
    public static void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var f in report.Findings)
        {
            var command = f.Severity switch
            {
                FindingSeverity.Error => "error",
                FindingSeverity.Warning => "warning",
                _ => "notice",
            };
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"::{command} file={Property(f.File)},line={f.Span.Line},col={f.Span.Column},endLine={f.Span.EndLine},endColumn={f.Span.EndColumn},title={Property(f.RuleId + " " + f.Category)}::{Data(f.Message + " Fix: " + f.Fix)}"));
        }

        foreach (var s in report.Suppressions)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"::notice file={Property(s.File)},line={s.Line},title={Property("claim-lint suppression " + string.Join(" ", s.RuleIds))}::{Data(s.Reason)}"));
        }

        output.WriteLine(Summary.Line(report));
    }

    // The escaping GitHub's runner expects for workflow command data and properties.
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
