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
    /// <summary>
    /// Keeps the first <paramref name="max"/> findings of each file in <paramref name="findings"/> (in file order);
    /// <paramref name="earlier"/> holds what was already left out of a file while it was being linted.
    /// </summary>
    public static void PerFile(List<Finding> findings, int max, IReadOnlyDictionary<string, LeftOut>? earlier = null)
    {
        if (findings.Count <= max && (earlier is null || earlier.Count == 0))
        {
            return;
        }

        var capped = new List<Finding>(Math.Min(findings.Count, max * 2));
        foreach (var file in findings.GroupBy(f => f.File, StringComparer.Ordinal))
        {
            // A file capped before (in its own run, then merged) keeps its closing count; it is not a finding to count again.
            var ordered = Ordered(file.Where(f => !IsSummary(f)));
            capped.AddRange(ordered.Take(max));
            var left = LeftOut.Of(ordered.Skip(max));
            if (earlier?.GetValueOrDefault(file.Key) is { } before)
            {
                left = left.Add(before);
            }

            capped.AddRange(file.Where(IsSummary));
            if (left.Count > 0)
            {
                capped.Add(Summary(file.Key, left.First, left.Worst, max, left.Count, "in this file"));
            }
        }

        findings.Clear();
        findings.AddRange(capped);
    }

    /// <summary>While one file is linted: once it has twice the cap, keeps its first <paramref name="max"/> and counts the rest.</summary>
    public static LeftOut Spill(List<Finding> findings, int max, LeftOut left)
    {
        if (findings.Count <= max * 2)
        {
            return left;
        }

        var ordered = Ordered(findings);
        findings.Clear();
        findings.AddRange(ordered.Take(max));
        return left.Add(LeftOut.Of(ordered.Skip(max)));
    }

    private static bool IsSummary(Finding finding) => finding.RuleId == DiagnosticCodes.OutputCapped;

    private static List<Finding> Ordered(IEnumerable<Finding> findings) => [.. findings.OrderBy(f => f.Span.Line).ThenBy(f => f.Span.Column)];

    /// <summary>The closing finding, from counts.</summary>
    public static Finding Summary(string file, SourceRange at, FindingSeverity worst, int shown, int more, string where) =>
        ContentProblem.At(file, at, DiagnosticCodes.OutputCapped, worst,
            string.Create(CultureInfo.InvariantCulture, $"{shown:N0} findings shown; {more:N0} more {where}."),
            "Fix the findings shown and run the linter again; a page with this many findings usually needs rewriting, or is not a content page.");

    /// <summary>How many findings of a file were left out, the first one's place and the worst one's severity.</summary>
    internal readonly record struct LeftOut(int Count, SourceRange First, FindingSeverity Worst)
    {
        public static LeftOut Of(IEnumerable<Finding> findings)
        {
            var left = default(LeftOut);
            foreach (var finding in findings)
            {
                left = left.Add(new LeftOut(1, finding.Span, finding.Severity));
            }

            return left;
        }

        public LeftOut Add(LeftOut other) =>
            Count == 0 ? other
            : other.Count == 0 ? this
            : new(Count + other.Count, Before(First, other.First), (FindingSeverity)Math.Max((int)Worst, (int)other.Worst));

        private static SourceRange Before(SourceRange a, SourceRange b) => (a.Line, a.Column).CompareTo((b.Line, b.Column)) <= 0 ? a : b;
    }
}
