using System.Net;
using Microsoft.Extensions.Logging;

namespace Clinic.Web.Tests;

public sealed class BadContentTests : IDisposable
{
    private const string BrokenArticle = """
        ---
        title: Half-finished page
        summary: Still being written.
        author: Science writing team
        reviewer: Medical Director, MD
        reviewed: 2026-13-45
        ---

        A claim with a citation that does not exist [@nobody1999].
        """;

    private readonly TempContent content = TempContent.CopyOfShipped();

    public BadContentTests()
    {
        content.Write("articles/half-finished.md", BrokenArticle);
        content.Write("articles/no-front-matter.md", "Just text, no front matter.\n");
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task In_production_a_broken_page_is_held_back_logged_with_its_position_and_the_rest_is_served()
    {
        using var site = new SiteFactory(content.Root);

        (await site.GetAsync("/articles/half-finished")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreach (var path in await site.SitemapPathsAsync())
        {
            (await site.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }

        (await site.SitemapPathsAsync()).Should().NotContain("/articles/half-finished");
        var errors = site.Logs.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message).ToList();
        errors.Should().Contain(m => m.StartsWith("content/articles/half-finished.md:6:11: CC003", StringComparison.Ordinal));
        errors.Should().Contain(m => m.StartsWith("content/articles/half-finished.md:9:46: CL090", StringComparison.Ordinal) && m.Contains("Fix:", StringComparison.Ordinal));
        errors.Should().Contain(m => m.StartsWith("content/articles/no-front-matter.md:1:1: CC008", StringComparison.Ordinal));
        var (_, home) = await site.GetPageAsync("/");
        home.QuerySelector(".problems").Should().BeNull("readers never see content problems");
    }

    [Fact]
    public async Task In_development_a_page_with_problems_is_shown_with_a_banner_listing_them()
    {
        using var site = new SiteFactory(content.Root, "Development");

        var (response, document) = await site.GetPageAsync("/articles/half-finished");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var problems = document.QuerySelectorAll(".problems li").Select(li => Html.Collapse(li.TextContent)).ToList();
        problems.Should().HaveCount(2);
        problems[0].Should().StartWith("content/articles/half-finished.md:6:11 error CC003").And.Contain("Fix: Write the date as YYYY-MM-DD");
        problems[1].Should().StartWith("content/articles/half-finished.md:9:46 error CL090").And.Contain("nobody1999");
        var (_, home) = await site.GetPageAsync("/");
        home.QuerySelectorAll(".problems li").Select(li => li.TextContent).Should().Contain(t => t.Contains("no-front-matter.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_read_the_snapshot_in_memory_not_the_content_files()
    {
        // Not watching: a reload part-way through the recursive delete would rightly drop the deleted pages. (A folder
        // that vanishes at once, as a move does, keeps being served: HotReloadTests.)
        using var site = new SiteFactory(content.Root) { Settings = { ["Content:Watch"] = "false" } };
        var paths = await site.SitemapPathsAsync();

        Directory.Delete(content.Root, recursive: true);

        foreach (var path in paths.Append("/diagrams/ketamine-cascade.svg"))
        {
            (await site.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }
}
