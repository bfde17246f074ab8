namespace Clinic.Web.Tests;

/// <summary>Who reviewed a page: bylines link to the reviewers page, which shows each clinician from site.yaml.</summary>
public sealed class ReviewersPageTests(ShippedSiteFixture shipped) : IClassFixture<ShippedSiteFixture>
{
    [Fact]
    public async Task The_reviewers_page_lists_each_reviewer_with_credentials_profile_and_the_pages_they_reviewed()
    {
        var (response, page) = await shipped.Site.GetPageAsync("/reviewers");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var entry = page.GetElementById("medical-director");
        entry.Should().NotBeNull();
        entry!.QuerySelector("h2")!.TextContent.Should().Be("Medical Director, MD, board-certified psychiatrist");
        entry.TextContent.Should().Contain("check each health statement against the study it cites");
        entry.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).Should().Contain("/articles/ketamine-safety").And.Contain("/faq");
    }

    [Fact]
    public async Task A_large_library_lists_the_first_pages_under_a_reviewer_and_counts_the_rest()
    {
        using var content = TempContent.CopyOfShipped();
        // The shipped pages this reviewer signed off (others are signed by the staff psychiatrist).
        var shippedPages = Directory.GetFiles(content.PathOf("articles"), "*.md").Append(content.PathOf("faq.md"))
            .Count(f => File.ReadAllText(f).Contains("\nreviewer: Medical Director,", StringComparison.Ordinal));
        for (var i = 0; i < Pages.ReviewersModel.PagesListed; i++)
        {
            content.WriteArticle($"reviewed-page-{i:00}", TempContent.ArticleText(title: $"Reviewed page {i:00}"));
        }

        using var site = new SiteFactory(content.Root);
        var (_, page) = await site.GetPageAsync("/reviewers");

        var entry = page.GetElementById("medical-director")!;
        entry.QuerySelectorAll("li a").Should().HaveCount(Pages.ReviewersModel.PagesListed);
        entry.QuerySelector(".reviewer-more")!.TextContent.Should().StartWith($"And {shippedPages} more");
    }

    [Fact]
    public async Task An_article_byline_links_to_its_reviewer()
    {
        var (_, page) = await shipped.Site.GetPageAsync("/articles/ketamine-safety");

        var link = page.QuerySelector(".review-line a");
        link.Should().NotBeNull();
        link!.GetAttribute("href").Should().Be("/reviewers#medical-director");
        link.TextContent.Should().Be("Medical Director, MD");
    }
}
