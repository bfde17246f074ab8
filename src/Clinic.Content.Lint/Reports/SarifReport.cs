using System.Text.Json;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Reports;

/// <summary>SARIF 2.1.0 for GitHub code scanning: the rule catalogue with help links, and results with regions, written as it goes.</summary>
internal static class SarifReport
{
    /// <summary>The tool name code-scanning shows beside each finding.</summary>
    public const string ToolName = "clinic-content claim-lint";

    /// <summary>The base id relative file names are resolved against; <c>originalUriBaseIds</c> says where it is.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>Writes the findings as SARIF, with the rules they break.</summary>
    public static void Write(LintReport report, RuleSet rules, SarifLinks links, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(links);
        var catalogue = rules.Rules.Select(r => r.Id).ToList();
        var others = report.Findings.Concat(report.Hidden.Select(h => h.Finding))
            .Where(f => rules.Find(f.RuleId) is null).DistinctBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        var index = catalogue.Concat(others.Select(f => f.RuleId)).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.OrdinalIgnoreCase);
        Json.Write(output, json =>
        {
            var w = json.Writer;
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(json, rules, others, links);
            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(SourceRootId);
            w.WriteString("uri", links.SourceRoot.AbsoluteUri);
            w.WriteStartObject("description");
            w.WriteString("text", "The repository the content belongs to; result file names are relative to it.");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            WriteInvocation(w, report);
            w.WriteStartArray("results");
            foreach (var f in report.Findings)
            {
                WriteResult(w, f, index, links, null);
                json.Flush();
            }

            foreach (var hidden in report.Hidden)
            {
                WriteResult(w, hidden.Finding, index, links, hidden.By.Reason);
                json.Flush();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    // The catalogue grows with the rules file (each rule carries its why and fix twice), so it is handed on a rule at a
    // time like the results, never as one string.
    private static void WriteTool(Json json, RuleSet rules, IReadOnlyList<Finding> others, SarifLinks links)
    {
        var w = json.Writer;
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", ToolName);
        w.WriteString("semanticVersion", typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        w.WriteString("informationUri", links.RulesDocument.AbsoluteUri);
        w.WriteStartArray("rules");
        foreach (var rule in rules.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", rule.Category);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Message);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Why);
            w.WriteEndObject();
            w.WriteString("helpUri", links.HelpAt(Finding.AnchorOf(rule.Id)).AbsoluteUri);
            w.WriteStartObject("help");
            w.WriteString("text", $"{rule.Message}\n\nWhy: {rule.Why}\n\nFix: {rule.Fix}");
            w.WriteString("markdown", $"**{rule.Message}**\n\n**Why:** {rule.Why}\n\n**Fix:** {rule.Fix}");
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.Severity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteStartArray("tags");
            w.WriteStringValue(rule.Category);
            w.WriteStringValue("health-claims");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            json.Flush();
        }

        foreach (var other in others)
        {
            var id = other.RuleId;
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", other.Kind == FindingKind.NotChecked ? "A file the claim linter could not check" : $"Content problem {id} (see docs/content-format.md)");
            w.WriteEndObject();
            w.WriteString("helpUri", links.HelpAt(other.HelpAnchor).AbsoluteUri);
            w.WriteStartObject("help");
            w.WriteString("text", "A problem the content loader found; the result message says how to fix it.");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Says whether every file was checked: a run with unchecked files is not a successful execution.</summary>
    private static void WriteInvocation(Utf8JsonWriter w, LintReport report)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", report.Failures.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var failure in report.Failures)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", $"{failure.File}: {failure.Message}");
            w.WriteEndObject();
            w.WriteStartObject("descriptor");
            w.WriteString("id", LintFailure.RuleId);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, Dictionary<string, int> index, SarifLinks links, string? suppressedBecause)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", index[f.RuleId]);
        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", $"{f.Message} Fix: {f.Fix}");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        var (uri, relative) = Location(f.File, links.SourceRoot);
        w.WriteString("uri", uri);
        if (relative)
        {
            w.WriteString("uriBaseId", SourceRootId);
        }

        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", f.Span.Line);
        w.WriteNumber("startColumn", f.Span.Column);
        w.WriteNumber("endLine", Math.Max(f.Span.EndLine, f.Span.Line));
        w.WriteNumber("endColumn", f.Span.EndLine > f.Span.Line ? f.Span.EndColumn : Math.Max(f.Span.EndColumn, f.Span.Column + 1));
        if (f.Text.Length > 0)
        {
            w.WriteStartObject("snippet");
            w.WriteString("text", f.Text);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("category", f.Category);
        w.WriteEndObject();
        if (suppressedBecause is not null)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "inSource");
            w.WriteString("justification", suppressedBecause);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    // Files under the source root are named relative to it (what code scanning maps onto the repository); others by absolute URI.
    private static (string Uri, bool Relative) Location(string file, Uri sourceRoot)
    {
        if (file.StartsWith('/') && !Path.IsPathRooted(file))
        {
            return (file, false); // a site address such as /articles/x, linted as rendered HTML
        }

        var full = new Uri(Path.GetFullPath(file));
        return sourceRoot.IsBaseOf(full)
            ? (sourceRoot.MakeRelativeUri(full).OriginalString, true)
            : (full.AbsoluteUri, false);
    }
}
