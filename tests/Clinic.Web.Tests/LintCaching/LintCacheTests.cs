using Clinic.Content;
using Clinic.Web.ContentHosting;
using Microsoft.Extensions.Logging;
using static Clinic.Web.Tests.HotReloadEditing;

namespace Clinic.Web.Tests.LintCaching;

/// <summary>
/// The persistent lint cache: a run on unchanged content lints nothing and finds exactly what a full lint finds; any
/// changed input is linted again; a damaged, foreign or unwritable cache file never changes what the linter reports.
/// </summary>
public sealed class LintCacheTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly string folder = Directory.CreateTempSubdirectory("lint-cache-").FullName;
    private readonly TestClock clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private string CacheFile => Path.Combine(folder, "lint-cache.json");

    public void Dispose()
    {
        content.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_second_run_on_unchanged_content_lints_no_page_and_finds_what_a_full_lint_finds()
    {
        content.WriteArticle("banned", TempContent.ArticleText("Ketamine cures depression in just a few sessions."));

        var first = Run(out var firstLogs);
        var second = Run(out var secondLogs);

        Reused(firstLogs).Should().Be(0);
        Reused(secondLogs).Should().Be(Pages(), "every page's findings are in the cache");
        Describe(second).Should().Equal(Describe(first)).And.Equal(Describe(RunWithoutCache()));
        Describe(second).Should().Contain(f => f.StartsWith("content/articles/banned.md", StringComparison.Ordinal) && f.Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_page_is_linted_again_and_only_that_page()
    {
        Run(out _);
        File.WriteAllText(content.PathOf(Article), File.ReadAllText(content.PathOf(Article)) + "\nKetamine cures depression in just a few sessions.\n");

        var after = Run(out var logs);

        Reused(logs).Should().Be(Pages() - 1);
        Describe(after).Should().Equal(Describe(RunWithoutCache()));
        Describe(after).Should().Contain(f => f.StartsWith("content/" + Article, StringComparison.Ordinal) && f.Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_that_stops_citing_a_study_changes_the_library_check_as_a_full_lint_would()
    {
        Run(out _);
        // Every page that cites the study loses the citation: the library now has a study no page cites.
        foreach (var page in Directory.GetFiles(content.Root, "*.md", SearchOption.AllDirectories))
        {
            File.WriteAllText(page, File.ReadAllText(page).Replace(" [@zarate2006]", string.Empty, StringComparison.Ordinal)
                .Replace("; @zarate2006]", "]", StringComparison.Ordinal));
        }

        var after = Run(out _);

        Describe(after).Should().Equal(Describe(RunWithoutCache()));
        Describe(after).Should().Contain(f => f.Contains("zarate2006", StringComparison.Ordinal) && f.StartsWith("content/references.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Changed_rules_or_shared_files_lint_every_page_again()
    {
        Run(out _);
        File.AppendAllText(content.PathOf("claim-rules.yaml"), "\n# reviewed again\n");
        Reused(RunLogs()).Should().Be(0, "the rules file changed");

        File.AppendAllText(content.PathOf("glossary.yaml"), "\n# a comment\n");
        Reused(RunLogs()).Should().Be(0, "a shared file changed");

        Reused(RunLogs()).Should().Be(Pages());
    }

    [Fact]
    public void A_broken_rules_file_is_still_reported_when_every_finding_comes_from_the_cache()
    {
        File.WriteAllText(content.PathOf("claim-rules.yaml"), "rules: [ this is not a rule list\n");

        var first = Run(out _);
        var second = Run(out var logs);

        first.Problem.Should().Contain("built-in rules apply");
        Reused(logs).Should().Be(Pages());
        second.Problem.Should().Be(first.Problem);
        Describe(second).Should().Equal(Describe(first));
    }

    [Fact]
    public void A_page_whose_next_review_passes_is_linted_again_with_the_day_count()
    {
        content.WriteArticle("due", TempContent.ArticleText(extraFrontMatter: "next-review: 2026-12-10"));
        Run(out _);

        clock.Now = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
        Reused(RunLogs()).Should().Be(Pages(), "nothing is due yet, whatever the day");

        clock.Now = new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero);
        var overdue = Run(out var logs);

        Reused(logs).Should().Be(Pages() - 1);
        Describe(overdue).Should().Equal(Describe(RunWithoutCache()));
        Describe(overdue).Should().Contain(f => f.StartsWith("content/articles/due.md", StringComparison.Ordinal) && f.Contains("10 days ago", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_cache_is_linted_over_and_replaced()
    {
        File.WriteAllText(CacheFile, "{\"format\":\"clinic-lint-cache/1\",\"entries\":{\"AB\":[{\"file\":");

        var first = Run(out var logs);

        Describe(first).Should().Equal(Describe(RunWithoutCache()));
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("is damaged", StringComparison.Ordinal));
        Reused(RunLogs()).Should().Be(Pages(), "the damaged file was replaced by a good one");
    }

    [Fact]
    public void A_cache_entry_with_a_finding_missing_its_rule_is_damaged_not_trusted()
    {
        content.WriteArticle("banned", TempContent.ArticleText("Ketamine cures depression in just a few sessions."));
        Run(out _);
        File.WriteAllText(CacheFile, File.ReadAllText(CacheFile).Replace("\"ruleId\":", "\"ruleName\":", StringComparison.Ordinal));

        var after = Run(out var logs);

        Reused(logs).Should().Be(0);
        Describe(after).Should().Equal(Describe(RunWithoutCache()));
    }

    [Fact]
    public void A_file_that_is_not_a_lint_cache_is_never_read_or_overwritten()
    {
        const string Notes = "Not a cache: someone's notes, kept where the cache was pointed.\n";
        File.WriteAllText(CacheFile, Notes);

        var found = Run(out var logs);
        Run(out _);

        File.ReadAllText(CacheFile).Should().Be(Notes);
        Describe(found).Should().Equal(Describe(RunWithoutCache()));
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("is not a lint cache file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_leaves_the_findings_as_they_are()
    {
        // A regular file where the cache's folder should be: no user, root included, can create the file.
        var blocked = Path.Combine(folder, "not-a-folder");
        File.WriteAllText(blocked, "a file");
        var path = Path.Combine(blocked, "lint-cache.json");

        var found = Run(out var logs, path);
        Run(out var again, path);

        Describe(found).Should().Equal(Describe(RunWithoutCache()));
        logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning && e.Message.Contains("could not be written", StringComparison.Ordinal));
        Reused(again).Should().Be(0);
    }

    private ContentFindings Run(out CapturedLogs logs, string? path = null)
    {
        var captured = logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(captured));
        var lint = new ContentLint(clock, new ContentOptions { Root = content.Root, LintCache = path ?? CacheFile }, loggers);
        return lint.Run(ContentLoader.Load(content.Root, clock));
    }

    private CapturedLogs RunLogs()
    {
        Run(out var logs);
        return logs;
    }

    private ContentFindings RunWithoutCache()
    {
        using var loggers = LoggerFactory.Create(_ => { });
        return new ContentLint(clock, new ContentOptions { Root = content.Root }, loggers).Run(ContentLoader.Load(content.Root, clock));
    }

    private int Pages() => Directory.GetFiles(content.PathOf("articles"), "*.md").Length + 1;

    private static int Reused(CapturedLogs logs) =>
        logs.Entries.Select(e => System.Text.RegularExpressions.Regex.Match(e.Message, @"^Claim lint: (\d+) of \d+ pages from the lint cache"))
            .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Single();

    private static List<string> Describe(ContentFindings findings) =>
        [.. findings.All.Select(f => $"{f.Finding.File}:{f.Finding.Span} {f.Finding.Severity.ToString().ToLowerInvariant()} {f.Finding.RuleId} {f.Finding.Message} | {f.Finding.Text} | {f.Path}").Order(StringComparer.Ordinal)];

    private sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
