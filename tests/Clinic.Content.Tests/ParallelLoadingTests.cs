using Clinic.Content.Markdown;
using Clinic.Content.Pages;
using Clinic.Content.Reading;
using Clinic.Content.Workspace;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Tests;

/// <summary>
/// Start-up reads articles on every core and lets go of their syntax trees once linted (issue 10); neither may change
/// what is served or reported.
/// </summary>
public sealed class ParallelLoadingTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public ParallelLoadingTests()
    {
        // Clean pages, pages with problems (unknown citation, unsafe link, no front matter) and letter-case twins,
        // in an order that differs from the reading order, so a result taken in completion order would show.
        for (var i = 0; i < 60; i++)
        {
            var body = (i % 4) switch
            {
                0 => $"## Why {i}\n\nText [@li2010] and [@nokey{i}].\n\n## How\n\nMore.\n\n## Then\n\nEnd.",
                1 => $"A [link](javascript:alert({i})) and an image ![x](https://elsewhere.example/{i}.png).",
                2 => "Plain text.",
                _ => "::: urgent\nNo heading here.\n:::",
            };
            content.WriteArticle($"page-{i:D2}", TempContent.ArticleText(body, $"order: {60 - i}", title: $"Page {i}"));
        }

        content.WriteArticle("no-front-matter", "Just text, no front matter.");
        content.Write("articles/Page-07.md", TempContent.ArticleText());
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public void Reading_articles_in_parallel_gives_the_snapshot_and_diagnostics_of_reading_them_one_by_one()
    {
        var oneByOne = ContentLoader.Load(new ContentWorkspace(content.Root), TimeProvider.System, maxParallelFiles: 1);

        for (var run = 0; run < 3; run++)
        {
            var parallel = ContentLoader.Load(new ContentWorkspace(content.Root), TimeProvider.System, maxParallelFiles: -1);

            parallel.Articles.Select(Summary).Should().Equal(oneByOne.Articles.Select(Summary));
            parallel.Diagnostics.Should().Equal(oneByOne.Diagnostics, "diagnostics are reported in file order, however the files were read");
            parallel.UnreadPages().Should().Equal(oneByOne.UnreadPages());
        }

        oneByOne.Diagnostics.Should().Contain(d => d.Code == Diagnostics.DiagnosticCodes.UnknownCitation, "the content has problems to report");
    }

    [Fact]
    public void A_released_syntax_tree_is_parsed_again_into_the_same_tree()
    {
        var snapshot = content.Load();
        var before = snapshot.Articles.ToDictionary(a => a.Slug, a => Shape(a.Document));

        snapshot.ReleaseSyntaxTrees();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        foreach (var article in snapshot.Articles)
        {
            Shape(article.Document).Should().Equal(before[article.Slug], $"{article.Slug} is the same page");
            Shape(PageReader.ParseAgain(article.Text)).Should().Equal(before[article.Slug], "parsing again gives the tree the first read gave");
            article.CitedKeys.Should().Equal(article.Document.Descendants<CitationInline>().SelectMany(c => c.Keys).Select(k => k.Key).Distinct(StringComparer.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Work_past_its_budget_is_dropped_and_the_next_file_still_runs()
    {
        using var release = new ManualResetEventSlim();

        var late = TimeBudget.TryRun(() => release.Wait(TimeSpan.FromMinutes(1)), TimeSpan.FromMilliseconds(10), out _);
        var next = TimeBudget.TryRun(() => 42, TimeSpan.FromMinutes(1), out var answer);
        release.Set();

        late.Should().BeFalse();
        next.Should().BeTrue();
        answer.Should().Be(42);
        FluentActions.Invoking(() => TimeBudget.TryRun<int>(() => throw new InvalidDataException("bad file"), TimeSpan.FromMinutes(1), out _))
            .Should().Throw<InvalidDataException>().WithMessage("bad file");
    }

    private static string Summary(Articles.Article a) =>
        $"{a.Slug}|{a.Title}|{a.Html}|{string.Join(',', a.Citations.Select(c => c.Reference.Key))}|{string.Join(',', a.Diagnostics)}";

    /// <summary>What the site and the linter read from a tree: every node's kind and position, heading ids, link targets, citation keys.</summary>
    private static List<string> Shape(MarkdownDocument document) =>
        document.Descendants().Select(node => node switch
        {
            HeadingBlock h => $"h{h.Level}@{h.Line}:{h.GetAttributes().Id}",
            LinkInline l => $"link@{l.Line}:{l.Column}:{l.Url}",
            LiteralInline t => $"text@{t.Line}:{t.Column}:{t.Content}",
            CitationInline c => $"cite@{c.Line}:{c.Column}:{string.Join(';', c.Keys.Select(k => $"{k.Key}@{k.Line}:{k.Column}"))}",
            _ => $"{node.GetType().Name}@{node.Line}:{node.Column}:{node.Span}",
        }).ToList();
}
