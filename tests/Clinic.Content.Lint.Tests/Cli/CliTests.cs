using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Clean_file_exits_0_and_findings_at_fail_on_level_exit_1()
    {
        using var folder = new TempFolder();
        var clean = folder.Write("clean.md", "Ketamine acts on glutamate.\n");
        var warning = folder.Write("warning.md", "About 30% of a swallowed dose reaches the blood.\n");

        CliRun.Of("lint", clean, "--rules", Repo.RulesFile).Exit.Should().Be(0);
        CliRun.Of("lint", warning, "--rules", Repo.RulesFile).Exit.Should().Be(0);
        CliRun.Of("lint", warning, "--rules", Repo.RulesFile, "--fail-on", "warning").Exit.Should().Be(1);
        CliRun.Of("lint", folder.Write("error.md", "Ketamine cures depression.\n"), "--rules", Repo.RulesFile).Exit.Should().Be(1);
    }

    [Fact]
    public void Text_output_shows_location_rule_source_line_caret_and_fix()
    {
        using var folder = new TempFolder();
        var file = folder.Write("page.md", "Intro.\n\nUnlike opioids, ketamine is non-addictive.\n");

        var run = CliRun.Of("lint", file, "--rules", Repo.RulesFile);

        var lines = run.Output.Split('\n');
        lines[0].Should().EndWith("page.md:3:29: error CL012 [safety-absolute] Says ketamine is not addictive or carries no risk of misuse. Claim words: \"non-addictive\".");
        lines[1].Should().Be("  3 | Unlike opioids, ketamine is non-addictive.");
        lines[2].Should().Be("    |                             ^^^^^^^^^^^^^");
        lines[3].Should().StartWith("  fix: ");
        run.Output.Should().Contain("1 error, 0 warnings, 0 info in 1 file");
    }

    [Fact]
    public void Broken_rules_file_exits_2_naming_its_line()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("rules.yaml", "rules:\n  - id: CL001\n    category: cure-or-guarantee\n    kind: banned\n    severity: error\n    message: m\n    why: w\n    fix: f\n    patterns:\n      - '(unclosed'\n");

        var run = CliRun.Of("lint", folder.Write("a.md", "Text.\n"), "--rules", rules);

        run.Exit.Should().Be(2);
        run.Error.Should().Contain("rules.yaml:10:").And.Contain("invalid regular expression");
    }

    [Theory]
    [InlineData("lint", "--format", "pdf")]
    [InlineData("lint", "--today", "21/11/2026")]
    [InlineData("lint", "--no-such-option")]
    public void Usage_errors_exit_2(params string[] args)
    {
        CliRun.Of(args).Exit.Should().Be(2);
    }

    [Fact]
    public void Rules_command_prints_the_catalogue_by_category()
    {
        var run = CliRun.Of("rules", "--rules", Repo.RulesFile);

        run.Exit.Should().Be(0);
        run.Output.Should().Contain("cure-or-guarantee (").And.Contain("CL001").And.Contain("readability (2)");
    }

    [Fact]
    public void Loose_pages_outside_the_content_folder_are_checked_for_the_disclaimer_and_crisis_notice_only_with_site()
    {
        using var folder = new TempFolder();
        var page = folder.Write("saved.html", "<html><body><p>This is not medical advice.</p></body></html>");

        CliRun.Of("lint", page, "--rules", Repo.RulesFile).Exit.Should().Be(0);
        CliRun.Of("lint", page, "--rules", Repo.RulesFile, "--site").Output.Should().Contain("CL071");
    }

    [Fact]
    public void Report_can_be_written_to_a_file()
    {
        using var folder = new TempFolder();
        var out_ = Path.Combine(folder.Path, "report.sarif");

        CliRun.Of("lint", folder.Write("a.md", "Ketamine cures depression.\n"), "--rules", Repo.RulesFile, "--format", "sarif", "-o", out_);

        File.ReadAllText(out_).Should().Contain("\"version\": \"2.1.0\"");
    }
}
