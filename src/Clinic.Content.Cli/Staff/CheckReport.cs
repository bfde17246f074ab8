using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;

namespace Clinic.Content.Cli.Staff;

/// <summary>Writes <c>check</c>'s report: findings grouped by file, each with its place and fix, then reviewers' exceptions and a verdict.</summary>
internal static class CheckReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the report and returns the exit code: 1 when anything must be fixed before merging, else 0.</summary>
    public static int Write(LintReport report, ContentSnapshot snapshot, string contentShown, string rulesShown, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var pages = snapshot.Articles.Count + (snapshot.Faq is null ? 0 : 1);
        output.WriteLine(string.Create(Inv,
            $"Checking {contentShown}/: {Count(pages, "page")}, {Count(snapshot.References.Count, "reference")}, {Count(report.RuleCount, "claim rule")} from {rulesShown}."));
        output.WriteLine();

        foreach (var file in report.Findings.GroupBy(f => f.File, StringComparer.Ordinal))
        {
            output.WriteLine(file.Key);
            foreach (var f in file)
            {
                output.WriteLine(string.Create(Inv, $"  line {f.Span.Line}, column {f.Span.Column}: {FindingSeverities.Word(f.Severity)} {f.RuleId} ({FindingKinds.Word(f.Kind)}) {f.Message}"));
                if (f.Text.Length > 0)
                {
                    output.WriteLine($"    text: \"{OneLine(f.Text)}\"");
                }

                output.WriteLine($"    fix:  {f.Fix}");
            }

            output.WriteLine();
        }

        if (report.Suppressions.Count > 0)
        {
            output.WriteLine("Exceptions approved by a reviewer (each must give a reason):");
            foreach (var s in report.Suppressions)
            {
                var reason = s.Reason.Length > 0 ? s.Reason : "NO REASON GIVEN (this is an error)";
                output.WriteLine(string.Create(Inv,
                    $"  {s.File}:{s.Line}: {string.Join(", ", s.RuleIds)}, hid {Count(s.Suppressed, "finding")}. Reason: {reason}"));
            }

            output.WriteLine();
        }

        var errors = report.Count(FindingSeverity.Error);
        var warnings = report.Count(FindingSeverity.Warning);
        var byKind = report.Findings.GroupBy(f => FindingKinds.Word(f.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(Inv, $"{g.Key} {g.Count()}"));
        if (report.Findings.Count == 0)
        {
            output.WriteLine("All clear: no problems found. The content is ready for a pull request.");
            return ExitCodes.Ok;
        }

        output.WriteLine(string.Create(Inv,
            $"Found {Count(errors, "error")} and {Count(warnings, "warning")} in {Count(report.Findings.Select(f => f.File).Distinct().Count(), "file")} ({string.Join(", ", byKind)})."));
        if (report.Failures.Count > 0)
        {
            output.WriteLine("Some files could not be checked at all (\"not checked\" above), so this check cannot say the content is safe: CI will refuse it.");
        }

        output.WriteLine(errors > 0
            ? "Fix the errors before you open a pull request: CI will refuse them. docs/content-guide.md explains each kind."
            : "No errors, so CI will pass; please look at the warnings too. docs/content-guide.md explains each kind.");
        return errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Count(int count, string noun) => string.Create(Inv, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
