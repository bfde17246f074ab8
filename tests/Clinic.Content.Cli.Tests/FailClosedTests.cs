using System.Text.Json;

namespace Clinic.Content.Cli.Tests;

/// <summary>A file the linter cannot check fails the run with exit 2 and says so in every format; the other files are still checked.</summary>
public sealed class FailClosedTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly TempContent content = TempContent.CopyOfShipped();

    public FailClosedTests() => UncheckableContent.AddTo(content);

    public void Dispose() => content.Dispose();

    [Fact]
    public void Lint_exits_2_with_valid_sarif_that_marks_the_run_unsuccessful_and_still_reports_the_banned_claim()
    {
        var sarifPath = Path.Combine(Path.GetDirectoryName(content.Root)!, "lint.sarif");

        var (exit, _, error) = Lint("--format", "sarif", "--output", sarifPath, "--today", "2026-11-21", content.Root);

        exit.Should().Be(2);
        error.Should().Contain("could not be checked").And.Contain("deep-quote.md");
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = sarif.RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString().Should().Contain("deep-quote.md");
        var results = run.GetProperty("results").EnumerateArray()
            .Select(r => (Rule: r.GetProperty("ruleId").GetString(), File: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!))
            .ToList();
        results.Should().Contain(r => r.Rule == "CL000" && r.File.EndsWith("articles/deep-quote.md", StringComparison.Ordinal));
        results.Should().Contain(r => r.Rule != "CL000" && r.File.EndsWith("articles/banned-claim.md", StringComparison.Ordinal), "one unreadable page must not switch checking off for the others");
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString());
        ruleIds.Should().Contain("CL000", "every result's rule is described");
    }

    [Fact]
    public void Lint_exits_2_with_json_that_says_the_run_is_incomplete()
    {
        var (exit, output, _) = Lint("--format", "json", "--today", "2026-11-21", content.Root);

        exit.Should().Be(2);
        using var json = JsonDocument.Parse(output);
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("complete").GetBoolean().Should().BeFalse();
        summary.GetProperty("notChecked").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("findings").EnumerateArray()
            .Should().Contain(f => f.GetProperty("ruleId").GetString() == "CL000" && f.GetProperty("file").GetString()!.EndsWith("deep-quote.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_of_clean_content_says_the_run_is_complete_and_exits_0()
    {
        File.Delete(content.PathOf("articles/deep-quote.md"));
        File.Delete(content.PathOf("articles/banned-claim.md"));

        var (exit, output, _) = Lint("--format", "json", "--today", "2026-11-21", content.Root);

        exit.Should().Be(0, output);
        JsonDocument.Parse(output).RootElement.GetProperty("summary").GetProperty("complete").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Check_exits_2_names_the_file_not_checked_and_still_reports_the_banned_claim()
    {
        var (exit, output, error) = CliRun.Of(Today, "check", "--content", content.Root);

        exit.Should().Be(2);
        output.Should().Contain("content/articles/deep-quote.md\n").And.Contain("error CL000 (not checked)");
        output.Should().Contain("content/articles/banned-claim.md\n").And.Contain("cures depression");
        output.Should().NotContain("All clear");
        error.Should().Contain("deep-quote.md");
    }

    private static CliRun Lint(params string[] args) => CliRun.Of(["lint", .. args]);
}
