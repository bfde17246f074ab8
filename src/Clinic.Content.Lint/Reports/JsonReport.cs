using System.Text.Json;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Reports;

/// <summary>The JSON report, written as it goes; its schema is documented in docs/lint-output.md.</summary>
internal static class JsonReport
{
    /// <summary>The version of the JSON shape, written first so tools can check they read it right.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the findings as JSON for other tools.</summary>
    public static void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        Json.Write(output, json =>
        {
            var w = json.Writer;
            w.WriteStartObject();
            w.WriteNumber("version", SchemaVersion);
            w.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                w.WriteStartObject();
                w.WriteString("file", f.File);
                w.WriteNumber("line", f.Span.Line);
                w.WriteNumber("column", f.Span.Column);
                w.WriteNumber("endLine", f.Span.EndLine);
                w.WriteNumber("endColumn", f.Span.EndColumn);
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("category", f.Category);
                w.WriteString("severity", FindingSeverities.Word(f.Severity));
                w.WriteString("message", f.Message);
                w.WriteString("fix", f.Fix);
                w.WriteString("text", f.Text);
                w.WriteEndObject();
                json.Flush();
            }

            w.WriteEndArray();
            w.WriteStartArray("suppressions");
            foreach (var s in report.Suppressions)
            {
                w.WriteStartObject();
                w.WriteString("file", s.File);
                w.WriteNumber("line", s.Line);
                w.WriteNumber("column", s.Column);
                w.WriteString("kind", s.Kind);
                w.WriteStartArray("ruleIds");
                foreach (var id in s.RuleIds)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                w.WriteString("reason", s.Reason);
                w.WriteNumber("firstLine", s.FirstLine);
                w.WriteNumber("lastLine", s.LastLine);
                w.WriteNumber("suppressed", s.Suppressed);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteSummary(w, report);
            w.WriteEndObject();
        });
    }

    private static void WriteSummary(Utf8JsonWriter w, LintReport report)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("files", report.FilesLinted);
        w.WriteNumber("rules", report.RuleCount);
        w.WriteString("rulesSource", report.RulesSource);
        w.WriteNumber("findings", report.Findings.Count);
        w.WriteNumber("errors", report.Count(FindingSeverity.Error));
        w.WriteNumber("warnings", report.Count(FindingSeverity.Warning));
        w.WriteNumber("infos", report.Count(FindingSeverity.Info));
        w.WriteNumber("suppressions", report.Suppressions.Count);
        w.WriteNumber("suppressedFindings", report.Hidden.Count);
        // False when a file could not be checked (its CL000 finding says which): CI must not read the run as clean.
        w.WriteBoolean("complete", report.Failures.Count == 0);
        w.WriteNumber("notChecked", report.Failures.Count);
        w.WriteStartObject("byCategory");
        foreach (var category in RuleCategories.All)
        {
            w.WriteNumber(category, report.Findings.Count(f => f.Category == category));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
