using System.Globalization;
using System.Text.Json;

namespace Clinic.Content.Lint.Accuracy;

/// <summary>Writes a <see cref="CorpusScore"/> as a text table (for people) or JSON (for scripts and CI gates).</summary>
public static class RuleStatsReport
{
    /// <summary>Writes the score as a table a reviewer reads.</summary>
    public static void WriteText(CorpusScore score, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"recall, all rows        {score.RowsHit}/{score.Rows} = {F(score.Recall)}");
        output.WriteLine($"recall, claims only     {score.ClaimsHit}/{score.Claims} = {F(score.ClaimsRecall)}");
        output.WriteLine($"false alarms            {score.ReferenceAlarms} on {score.ReferencePages} reference pages = {F(score.AlarmsPerReferencePage)} per page");
        output.WriteLine($"hard negatives flagged  {score.HardNegativesFlagged}/{score.HardNegatives}");
        output.WriteLine();
        output.WriteLine($"{"rule",-7} {"category",-26} {"found",5} {"true",5} {"precision",9} {"rows hit",8} {"recall",7} {"ref FA",6} {"HN",3}");
        foreach (var rule in score.Rules)
        {
            output.WriteLine($"{rule.RuleId,-7} {rule.Category,-26} {rule.Found,5} {rule.True,5} {F(rule.Precision),9} {$"{rule.RowsHit}/{rule.Rows}",8} {F(rule.Recall),7} {rule.ReferenceAlarms,6} {rule.HardNegatives,3}");
        }
    }

    /// <summary>Writes the score as JSON, for benchmarks to compare runs.</summary>
    public static void WriteJson(CorpusScore score, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(output);
        Reports.Json.Write(output, json =>
        {
            var w = json.Writer;
            w.WriteStartObject();
            w.WriteNumber("recall", Math.Round(score.Recall, 3));
            w.WriteNumber("claimsRecall", Math.Round(score.ClaimsRecall, 3));
            w.WriteNumber("alarmsPerReferencePage", Math.Round(score.AlarmsPerReferencePage, 3));
            w.WriteNumber("rowsHit", score.RowsHit);
            w.WriteNumber("rows", score.Rows);
            w.WriteNumber("claimsHit", score.ClaimsHit);
            w.WriteNumber("claims", score.Claims);
            w.WriteNumber("referenceAlarms", score.ReferenceAlarms);
            w.WriteNumber("referencePages", score.ReferencePages);
            w.WriteNumber("hardNegativesFlagged", score.HardNegativesFlagged);
            w.WriteNumber("hardNegatives", score.HardNegatives);
            w.WriteStartArray("rules");
            foreach (var rule in score.Rules)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", rule.RuleId);
                w.WriteString("category", rule.Category);
                w.WriteNumber("found", rule.Found);
                w.WriteNumber("true", rule.True);
                Number(w, "precision", rule.Precision);
                w.WriteNumber("rowsHit", rule.RowsHit);
                w.WriteNumber("rows", rule.Rows);
                Number(w, "recall", rule.Recall);
                w.WriteNumber("referenceAlarms", rule.ReferenceAlarms);
                w.WriteNumber("hardNegatives", rule.HardNegatives);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 3));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
