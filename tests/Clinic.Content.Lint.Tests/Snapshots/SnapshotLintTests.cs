using Clinic.Content;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Snapshots;

/// <summary>The linter judges the snapshot the site is about to serve, from the text the snapshot read.</summary>
public sealed class SnapshotLintTests
{
    [Fact]
    public void Findings_belong_to_the_snapshot_text_not_to_the_file_as_it_is_now()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        var path = content.WriteArticle("example", TempContent.FrontMatter() + "Our infusions always bring relief.\n");
        var snapshot = ContentLoader.Load(content.Root);

        // The file changes on disk after the snapshot was read: linting the snapshot must not read it again.
        File.WriteAllText(path, TempContent.FrontMatter() + "Some people feel a little better for a while.\n");
        var report = Linter(content).Lint(snapshot);

        report.Findings.Should().Contain(f => f.RuleId == "CL101" && f.Text.Contains("relief", StringComparison.Ordinal));
        Linter(content).LintContent(content.Root).Findings.Should().NotContain(f => f.RuleId == "CL101");
    }

    [Fact]
    public void A_page_file_that_disappears_after_the_snapshot_is_still_linted_from_the_snapshot()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        var path = content.WriteArticle("example", TempContent.FrontMatter() + "The drug has no side effects.\n");
        var snapshot = ContentLoader.Load(content.Root);
        File.Delete(path);

        var report = Linter(content).Lint(snapshot);

        report.Findings.Should().Contain(f => f.Category == "safety-absolute");
        report.Findings.Should().NotContain(f => f.Message.Contains("cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_of_some_pages_judges_only_those()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        var changed = content.WriteArticle("changed", TempContent.FrontMatter() + "The drug has no side effects.\n");
        content.WriteArticle("other", TempContent.FrontMatter() + "The drug is completely safe.\n");
        var snapshot = ContentLoader.Load(content.Root);

        var report = Linter(content).Lint(snapshot, [Path.GetFullPath(changed)]);

        report.Findings.Where(f => f.Category == "safety-absolute").Should().OnlyContain(f => f.File.Contains("changed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_opened_before_the_rules_are_loaded_lints_as_the_folder_named_to_the_linter()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        content.WriteArticle("example", TempContent.FrontMatter() + "Our infusions always bring relief.\n");
        var options = new LintOptions { Today = Linted.Today, WorkingDirectory = content.Root };

        // The command opens its paths first, so the folder loads while the rules are read.
        var input = LintInput.Open([content.Root, Path.Combine(content.Root, "missing.md")], options);
        var report = new ClaimLinter(Linted.Rules, options).Lint(input);

        report.Findings.Should().Contain(f => f.RuleId == "CL101" && f.Text.Contains("relief", StringComparison.Ordinal));
        report.Findings.Select(f => (f.File, f.RuleId, f.Span.Line)).Should()
            .Equal(Linter(content).LintPaths([content.Root, Path.Combine(content.Root, "missing.md")]).Findings.Select(f => (f.File, f.RuleId, f.Span.Line)));
    }

    private static ClaimLinter Linter(TempContent content) =>
        new(Linted.Rules, new LintOptions { Today = Linted.Today, WorkingDirectory = content.Root });
}
