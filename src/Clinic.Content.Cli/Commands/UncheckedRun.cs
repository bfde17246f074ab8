using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;

namespace Clinic.Content.Cli.Commands;

/// <summary>
/// How <c>lint</c> and <c>check</c> fail closed: a file the linter could not check is reported as its own finding and the
/// command exits 2, so that CI never reads "not checked" as "clean" or as ordinary findings.
/// </summary>
internal static class UncheckedRun
{
    /// <summary>Lints <paramref name="paths"/>, opened as <paramref name="input"/>; a failure of the run as a whole becomes a report that says nothing was checked.</summary>
    public static LintReport Lint(ClaimLinter linter, IReadOnlyList<string> paths, LintInput input) => Guarded(linter, paths, () => linter.Lint(input));

    /// <summary>Lints a loaded snapshot, failing closed the same way.</summary>
    public static LintReport Lint(ClaimLinter linter, ContentSnapshot snapshot) => Guarded(linter, [snapshot.Root], () => linter.Lint(snapshot));

    private static LintReport Guarded(ClaimLinter linter, IReadOnlyList<string> paths, Func<LintReport> lint)
    {
        try
        {
            return lint();
        }
#pragma warning disable CA1031 // Any failure is reported in the command's own output format, never as a crash with empty output.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new LintReport(paths.Select(p => LintFailure.For(linter.Options.Display(p), ex)), [], [], 0,
                linter.Rules.Source, linter.Rules.Rules.Count);
        }
    }

    /// <summary>2 after saying so on <paramref name="error"/> when a file was not checked; otherwise <paramref name="exitCode"/>.</summary>
    public static int Verdict(LintReport report, int exitCode, TextWriter error)
    {
        if (report.Failures.Count == 0)
        {
            return exitCode;
        }

        var files = string.Join(", ", report.Failures.Select(f => f.File).Distinct(StringComparer.Ordinal));
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clinic-content: {report.Failures.Count} file(s) could not be checked ({LintFailure.RuleId}), so their claims are unchecked: {files}. Exit code {ExitCodes.Usage}."));
        return ExitCodes.Usage;
    }
}
