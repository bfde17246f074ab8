using System.Net;

namespace Clinic.Web.Tests.Serving;

/// <summary>The research page names a few citing pages per study and links to the study's own paged list, so it stays small at any library size.</summary>
public sealed class ResearchPagingTests : IDisposable
{
    private const int Copies = 60;
    private readonly TempContent content = TempContent.CopyOfShipped();

    public ResearchPagingTests()
    {
        var original = File.ReadAllText(content.PathOf("articles/how-ketamine-works.md"));
        for (var i = 1; i <= Copies; i++)
        {
            content.Write($"articles/copy-{i:00}.md", original);
        }
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task Each_study_names_a_few_citing_pages_and_links_to_all_of_them_a_page_at_a_time()
    {
        using var site = new SiteFactory(content.Root);
        var (_, research) = await site.GetPageAsync("/research");
        // The study the copied article cites: the one with the most citing pages.
        var (more, remaining) = research.QuerySelectorAll(".cited-in a[href^='/research/']")
            .Select(a => (Link: a, Count: int.Parse(a.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)))
            .MaxBy(x => x.Count);
        more.Should().NotBeNull("a study cited by more than a few pages links to its own list");
        var entry = more.Closest(".research-entry")!;
        entry.QuerySelectorAll(".cited-in a").Should().HaveCount(Pages.ResearchModel.CitingNamed + 1);
        var total = remaining + Pages.ResearchModel.CitingNamed;
        total.Should().BeGreaterThan(Copies);

        var studyPath = more.GetAttribute("href")!;
        var (_, first) = await site.GetPageAsync(studyPath);
        first.QuerySelector("h1")!.TextContent.Should().Contain(entry.QuerySelector("h3")!.TextContent);
        first.QuerySelectorAll(".article-list li").Should().HaveCount(Pages.IndexModel.PageSize);
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be(studyPath + "/page/2");

        var (response, second) = await site.GetPageAsync(studyPath + "/page/2");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        second.QuerySelectorAll(".article-list li").Should().HaveCount(total - Pages.IndexModel.PageSize);
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be(studyPath);
        second.QuerySelector("a[rel=next]").Should().BeNull();

        (await site.GetAsync(studyPath + "/page/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.GetAsync(studyPath + "/page/3")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.GetAsync("/research/no-such-study/cited-in")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
