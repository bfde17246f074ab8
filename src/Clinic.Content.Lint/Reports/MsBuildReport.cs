using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;

namespace Clinic.Content.Lint.Reports;

/// <summary>MSBuild's canonical error format (<c>file(line,col): error CL012: message</c>), so IDEs jump to the line.</summary>
internal static class MsBuildReport
{
    /// <summary>Writes the findings in MSBuild's error format, so editors and build logs link to the line.</summary>
    public static void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var f in report.Findings)
        {
            // MSBuild recognises "error" and "warning"; an info line is printed but never fails the build.
            var category = FindingSeverities.Word(f.Severity);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.File}({f.Span.Line},{f.Span.Column}): {category} {f.RuleId}: {OneLine(f.Message)} Fix: {OneLine(f.Fix)}"));
        }

        output.WriteLine("claim-lint: " + Summary.Line(report));
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
