using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;

namespace Clinic.Content.Lint.Reports;

/// <summary>The default, human-readable report: location, severity, rule, message, the line with a caret, and the fix.</summary>
internal static class TextReport
{
    /// <summary>Writes the findings as lines a person reads; <paramref name="colour"/> marks severities for a terminal.</summary>
    public static void Write(LintReport report, TextWriter output, bool colour = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var ansi = new Ansi(colour);
        var lines = new SourceLines();
        var inv = CultureInfo.InvariantCulture;
        foreach (var f in report.Findings)
        {
            var location = string.Create(inv, $"{f.File}:{f.Span.Line}:{f.Span.Column}:");
            output.WriteLine($"{ansi.Bold(location)} {ansi.Severity(f.Severity, FindingSeverities.Word(f.Severity) + " " + f.RuleId)} {ansi.Dim($"[{f.Category}]")} {f.Message}");
            if (lines.Line(f.File, f.Span.Line) is { } source)
            {
                var gutter = f.Span.Line.ToString(inv);
                output.WriteLine($"  {gutter} | {source}");
                var start = Math.Clamp(f.Span.Column - 1, 0, source.Length);
                var end = f.Span.EndLine == f.Span.Line ? Math.Clamp(f.Span.EndColumn - 1, start + 1, Math.Max(source.Length, start + 1)) : source.Length;
                var prefix = new string(source[..start].Select(c => c == '\t' ? '\t' : ' ').ToArray());
                output.WriteLine($"  {new string(' ', gutter.Length)} | {prefix}{ansi.Severity(f.Severity, new string('^', Math.Max(1, end - start)))}");
            }

            output.WriteLine($"  {ansi.Bold("fix:")} {f.Fix}");
            output.WriteLine();
        }

        if (report.Suppressions.Count > 0)
        {
            output.WriteLine(string.Create(inv, $"Suppressions ({report.Suppressions.Count}):"));
            foreach (var s in report.Suppressions)
            {
                var reason = s.Reason.Length > 0 ? s.Reason : "(no reason given)";
                output.WriteLine(string.Create(inv,
                    $"  {s.File}:{s.Line}: {string.Join(", ", s.RuleIds)} {s.Kind} (lines {s.FirstLine}-{s.LastLine}, {Summary.Plural(s.Suppressed, "finding")} hidden): {reason}"));
            }

            output.WriteLine();
        }

        output.WriteLine(Summary.Line(report));
    }
}
