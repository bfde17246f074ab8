using System.Globalization;
using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Linting;

/// <summary>
/// Bounds how many findings a file and a run list. The rest are counted in one closing finding whose severity is the
/// highest of those left out, so capping never changes whether a run fails.
/// </summary>
internal static class FindingCaps
{
    /// <summary>Keeps the first <paramref name="max"/> findings of each file in <paramref name="findings"/> (in file order).</summary>
    public static void PerFile(List<Finding> findings, int max)
    {
        if (findings.Count <= max)
        {
            return;
        }

        var capped = new List<Finding>(Math.Min(findings.Count, max * 2));
        foreach (var file in findings.GroupBy(f => f.File, StringComparer.Ordinal))
        {
            var ordered = file.OrderBy(f => f.Span.Line).ThenBy(f => f.Span.Column).ToList();
            capped.AddRange(ordered.Take(max));
            if (ordered.Count > max)
            {
                capped.Add(Summary(file.Key, ordered.Skip(max).ToList(), max, "in this file"));
            }
        }

        findings.Clear();
        findings.AddRange(capped);
    }

    /// <summary>The closing finding: "1,000 findings shown; 444,330 more in this file".</summary>
    public static Finding Summary(string file, IReadOnlyCollection<Finding> left, int shown, string where) =>
        Summary(file, left.First().Span, left.Max(f => f.Severity), shown, left.Count, where);

    /// <summary>The closing finding, from counts.</summary>
    public static Finding Summary(string file, SourceRange at, FindingSeverity worst, int shown, int more, string where) =>
        new(file, at, DiagnosticCodes.OutputCapped, RuleCategories.ReviewProcess, worst,
            string.Create(CultureInfo.InvariantCulture, $"{shown:N0} findings shown; {more:N0} more {where}."),
            "Fix the findings shown and run the linter again; a page with this many findings usually needs rewriting, or is not a content page.",
            string.Empty);
}
