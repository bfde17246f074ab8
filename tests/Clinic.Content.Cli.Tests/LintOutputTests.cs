using System.Text.Json;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;
using NJsonSchema;

namespace Clinic.Content.Cli.Tests;

public sealed class LintOutputTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public LintOutputTests()
    {
        content.Write("articles/bold-claims.md", """
            ---
            title: Bold claims
            summary: A page with claims the linter must catch.
            author: Test team
            reviewer: Medical Director, MD
            reviewed: 2026-11-01
            ---

            Ketamine cures depression.

            <!-- claim-lint disable-next-line CL001: a quoted headline we go on to correct -->
            Ketamine cures depression, one newspaper said.
            """);
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task Sarif_validates_against_the_official_2_1_0_schema()
    {
        var sarif = Lint("--format", "sarif");

        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        schema.Validate(sarif).Should().BeEmpty();
        sarif.Should().Contain("\"suppressions\"", "the suppressed finding is in the file too, so the schema covers that part");
    }

    [Fact]
    public void Sarif_resolves_file_names_through_originalUriBaseIds_and_links_each_rule_to_its_section_of_claim_rules_md()
    {
        using var sarif = JsonDocument.Parse(Lint("--format", "sarif"));
        var run = sarif.RootElement.GetProperty("runs")[0];

        var root = new Uri(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!);
        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        location.GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        location.GetProperty("uri").GetString().Should().Be("content/articles/bold-claims.md", "names are relative to the repository, as code scanning expects");
        new Uri(root, location.GetProperty("uri").GetString()).LocalPath.Should().Be(content.PathOf("articles/bold-claims.md"));

        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "claim-rules.md"));
        var driver = run.GetProperty("tool").GetProperty("driver");
        new Uri(driver.GetProperty("informationUri").GetString()!).LocalPath.Should().EndWith("docs/claim-rules.md");
        foreach (var rule in driver.GetProperty("rules").EnumerateArray())
        {
            var help = new Uri(rule.GetProperty("helpUri").GetString()!);
            var anchor = help.Fragment.TrimStart('#');
            var heading = anchor == ContentProblem.HelpAnchor ? "## Content-model problems" : "## " + anchor.ToUpperInvariant();
            doc.Should().Contain("\n" + heading + "\n", $"{help} must land on a heading");
        }
    }

    [Fact]
    public void Sarif_links_to_the_repository_copy_of_the_rules_inside_GitHub_Actions()
    {
        var links = SarifLinks.For("/src", name => name switch
        {
            "GITHUB_SERVER_URL" => "https://github.com",
            "GITHUB_REPOSITORY" => "northfield/clinic-content",
            "GITHUB_SHA" => "0123abc",
            _ => null,
        });

        links.HelpAt(Finding.AnchorOf("CL012")).AbsoluteUri.Should().Be("https://github.com/northfield/clinic-content/blob/0123abc/docs/claim-rules.md#cl012");
        var unreadable = ContentProblem.At("content/site.yaml", SourceRange.FileStart, Clinic.Content.Diagnostics.DiagnosticCodes.YamlSyntax, FindingSeverity.Error, "broken", "fix it");
        links.HelpAt(unreadable.HelpAnchor).Fragment.Should().Be("#content-model-problems");
    }

    [Fact]
    public void Json_and_sarif_are_written_in_chunks_so_memory_does_not_grow_with_the_report()
    {
        var findings = Enumerable.Range(1, 20_000).Select(i => new Finding(
            "content/articles/long.md", new SourceRange(i, 1, i, 10), "CL001", "cure-or-guarantee", FindingSeverity.Error,
            "Claims that ketamine cures a condition.", "Say what the evidence shows.", "cures"));
        var report = new LintReport(findings, [], [], 1, "built-in", 1);
        var rules = Clinic.Content.Lint.Rules.RuleSetLoader.LoadBuiltIn();
        var links = SarifLinks.For(RepositoryRoot.Path, _ => null);

        foreach (var format in new[] { ReportFormat.Json, ReportFormat.Sarif })
        {
            using var output = new LargestWrite();
            ReportWriter.Write(report, rules, format, new ReportSettings(false, links), output);

            output.Total.Should().BeGreaterThan(5_000_000, $"{format} holds every finding");
            output.Largest.Should().BeLessThan(200_000, $"{format} is handed on in chunks, never as one string");
            JsonDocument.Parse(output.ToString()).RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        }
    }

    [Fact]
    public void Text_output_is_coloured_only_when_asked_or_on_a_terminal_without_NO_COLOR()
    {
        Lint("--color", "always").Should().Contain("\u001b[1;31merror CL001\u001b[0m");
        Lint().Should().NotContain("\u001b[", "a captured (redirected) output is never coloured");
        Lint("--color", "never").Should().NotContain("\u001b[");
        Clinic.Content.Cli.Commands.Terminal.Colour("auto", Console.Out, name => name == "NO_COLOR" ? "1" : null).Should().BeFalse();
    }

    [Fact]
    public void Print_config_names_the_content_root_the_rules_file_and_the_review_date()
    {
        var output = Lint("--print-config");

        output.Should().Contain($"content root: {content.Root}").And.Contain("claim-rules.yaml (").And.Contain("review date:  2026-12-01");
    }

    private string Lint(params string[] args)
    {
        var (exit, output, error) = CliRun.Of(["lint", content.Root, "--today", "2026-12-01", .. args]);
        error.Should().BeEmpty();
        exit.Should().BeOneOf(0, 1);
        return output;
    }

    /// <summary>Keeps the text, and the largest single piece handed over at once.</summary>
    private sealed class LargestWrite : StringWriter
    {
        public int Largest { get; private set; }

        public long Total { get; private set; }

        public override void Write(string? value)
        {
            Largest = Math.Max(Largest, value?.Length ?? 0);
            Total += value?.Length ?? 0;
            base.Write(value);
        }

        public override void Write(char value)
        {
            Total++;
            base.Write(value);
        }
    }
}
