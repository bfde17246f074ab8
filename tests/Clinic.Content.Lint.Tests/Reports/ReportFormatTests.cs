using System.Text.Json;
using Clinic.Content.Lint.Tests.Cli;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Reports;

public sealed class ReportFormatTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string file;

    public ReportFormatTests() => file = folder.Write("page.md", """
        <!-- claim-lint disable-next-line CL003: quoting a headline to correct it -->
        Papers called it a miracle.

        Ketamine is non-addictive.
        """);

    [Fact]
    public void Json_has_findings_suppressions_and_summary_with_the_documented_fields()
    {
        using var json = JsonDocument.Parse(Run("json"));
        var root = json.RootElement;

        var finding = root.GetProperty("findings")[0];
        foreach (var field in new[] { "file", "line", "column", "endLine", "endColumn", "ruleId", "category", "severity", "message", "fix", "text" })
        {
            finding.TryGetProperty(field, out _).Should().BeTrue(field);
        }

        finding.GetProperty("ruleId").GetString().Should().Be("CL012");
        finding.GetProperty("line").GetInt32().Should().Be(4);
        finding.GetProperty("text").GetString().Should().Be("non-addictive");
        root.GetProperty("suppressions")[0].GetProperty("reason").GetString().Should().Be("quoting a headline to correct it");
        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(1);
        root.GetProperty("summary").GetProperty("byCategory").GetProperty("safety-absolute").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Sarif_is_version_2_1_0_with_rule_help_regions_and_in_source_suppressions()
    {
        using var json = JsonDocument.Parse(Run("sarif"));
        var run = json.RootElement.GetProperty("runs")[0];

        json.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        rules.GetArrayLength().Should().BeGreaterThanOrEqualTo(25);
        rules[0].GetProperty("help").GetProperty("text").GetString().Should().Contain("Fix:");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startLine").GetInt32().Should().Be(4);
        region.GetProperty("startColumn").GetInt32().Should().Be(13);
        region.GetProperty("endColumn").GetInt32().Should().Be(26);
        results.Where(r => r.TryGetProperty("suppressions", out var s) && s.GetArrayLength() == 1).Should().HaveCount(1);
        var ruleIndex = results[0].GetProperty("ruleIndex").GetInt32();
        rules[ruleIndex].GetProperty("id").GetString().Should().Be(results[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void GitHub_format_writes_workflow_commands()
    {
        Run("github").Split('\n')[0].Should().MatchRegex(
            @"^::error file=.*page\.md,line=4,col=13,endLine=4,endColumn=26,title=CL012 safety-absolute::Says ketamine is not addictive.* Fix: .*$");
    }

    [Fact]
    public void MsBuild_format_lets_an_ide_jump_to_the_line()
    {
        Run("msbuild").Split('\n')[0].Should().MatchRegex(@"^.*page\.md\(4,13\): error CL012: Says ketamine is not addictive.*Fix: ");
    }

    public void Dispose() => folder.Dispose();

    private string Run(string format) => CliRun.Of("lint", file, "--rules", Repo.RulesFile, "--format", format).Output;
}
