using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;

namespace Clinic.Content.Lint.Reports;

/// <summary>The one-line summary every human-readable format ends with.</summary>
internal static class Summary
{
    public static string Line(LintReport report)
    {
        var errors = report.Count(FindingSeverity.Error);
        var warnings = report.Count(FindingSeverity.Warning);
        var infos = report.Count(FindingSeverity.Info);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {infos} info in {Plural(report.FilesLinted, "file")} " +
            $"({report.RuleCount} rules from {report.RulesSource}); {Plural(report.Suppressions.Count, "suppression")}.");
    }

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
