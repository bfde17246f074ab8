using System.Net;

namespace Clinic.Web.Tests.Serving;

/// <summary>A large library is listed a page at a time, so the home page stays small on a phone at any library size.</summary>
public sealed class HomePagingTests : IDisposable
{
    private const int Copies = 60;
    private readonly TempContent content = TempContent.CopyOfShipped();

    public HomePagingTests()
    {
        var original = File.ReadAllText(content.PathOf("articles/how-ketamine-works.md"));
        for (var i = 1; i <= Copies; i++)
        {
            content.Write($"articles/copy-{i:00}.md", original);
        }
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task The_home_page_lists_one_page_of_articles_and_links_to_the_next()
    {
        using var site = new SiteFactory(content.Root);
        var total = (await site.SitemapPathsAsync()).Count(p => p.StartsWith("/articles/", StringComparison.Ordinal));
        total.Should().BeGreaterThan(Pages.IndexModel.PageSize);

        var (_, first) = await site.GetPageAsync("/");
        first.QuerySelectorAll(".article-list li").Should().HaveCount(Pages.IndexModel.PageSize);
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/page/2");

        var (response, second) = await site.GetPageAsync("/page/2");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        second.QuerySelectorAll(".article-list li").Should().HaveCount(total - Pages.IndexModel.PageSize);
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/");
        second.QuerySelector("a[rel=next]").Should().BeNull();
        second.QuerySelector("link[rel=canonical]")!.GetAttribute("href").Should().EndWith("/page/2");
    }

    [Fact]
    public async Task The_list_of_all_articles_is_paged_the_same_way()
    {
        using var site = new SiteFactory(content.Root);
        var total = (await site.SitemapPathsAsync()).Count(p => p.StartsWith("/articles/", StringComparison.Ordinal));

        var (_, first) = await site.GetPageAsync("/articles");
        first.QuerySelectorAll(".article-list li").Should().HaveCount(Pages.IndexModel.PageSize);
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/articles/page/2");

        var (response, second) = await site.GetPageAsync("/articles/page/2");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        second.QuerySelectorAll(".article-list li").Should().HaveCount(total - Pages.IndexModel.PageSize);
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/articles");
        (await site.GetAsync("/articles/page/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.GetAsync("/articles/page/3")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/page/1")]
    [InlineData("/page/3")]
    [InlineData("/page/0")]
    public async Task Pages_that_do_not_exist_are_not_found(string path)
    {
        using var site = new SiteFactory(content.Root);
        (await site.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
