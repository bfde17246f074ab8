using System.Net;
using Clinic.Content;

namespace Clinic.Web.Tests;

[Collection(ShippedSiteCollection.Name)]
public sealed class SitePagesTests(ShippedSiteFixture fixture)
{
    private static readonly ContentSnapshot Shipped = ContentLoader.Load(RepositoryRoot.Content);
    private readonly SiteFactory site = fixture.Site;

    [Fact]
    public async Task The_sitemap_lists_home_every_published_article_the_faq_and_the_research_library_with_dates()
    {
        var paths = await site.SitemapPathsAsync();

        paths.Should().Contain(["/", "/faq", "/research"]);
        paths.Where(p => p.StartsWith("/articles/", StringComparison.Ordinal)).Should()
            .BeEquivalentTo(Shipped.VisibleArticles(PublicationPolicy.Production).Select(a => "/articles/" + a.Slug));
        var xml = await (await site.GetAsync("/sitemap.xml")).Content.ReadAsStringAsync();
        xml.Should().Contain("<lastmod>").And.Contain(Shipped.Site.BaseUrl.AbsoluteUri);
    }

    [Fact]
    public async Task Every_page_in_the_sitemap_answers_200_with_the_disclaimer_and_the_crisis_notice()
    {
        foreach (var path in await site.SitemapPathsAsync())
        {
            var (response, document) = await site.GetPageAsync(path);

            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            var text = Html.Collapse(document.Body!.TextContent);
            text.Should().Contain(Html.Collapse(Shipped.Site.Disclaimer), path);
            text.Should().Contain(Html.Collapse(Shipped.Site.Crisis), path);
        }
    }

    [Fact]
    public async Task Every_citation_marker_links_to_a_reference_listed_on_the_same_page()
    {
        var markers = 0;
        foreach (var path in await site.SitemapPathsAsync())
        {
            var (_, document) = await site.GetPageAsync(path);
            foreach (var link in document.QuerySelectorAll("sup.citation a"))
            {
                markers++;
                var target = link.GetAttribute("href")!;
                target.Should().StartWith("#ref-", path);
                var entry = document.GetElementById(target[1..]);
                entry.Should().NotBeNull($"{path} cites {target}");
                entry!.ParentElement!.ParentElement!.ClassList.Should().Contain("references");
                entry.GetAttribute("value").Should().Be(link.TextContent, "the marker's number is the entry's number");
            }
        }

        markers.Should().BeGreaterThan(10, "the shipped articles cite their sources");
    }

    [Fact]
    public async Task Every_page_has_the_same_landmarks_and_a_skip_link_to_the_main_content()
    {
        foreach (var path in (await site.SitemapPathsAsync()).Append("/no-such-page"))
        {
            var (_, document) = await site.GetPageAsync(path);

            document.QuerySelector("body > header")!.QuerySelector("nav").Should().NotBeNull(path);
            document.QuerySelector("body > main#main").Should().NotBeNull(path);
            document.QuerySelector("body > footer").Should().NotBeNull(path);
            document.QuerySelector("body > a.skip-link")!.GetAttribute("href").Should().Be("#main", path);
            document.QuerySelectorAll("h1").Should().ContainSingle(path);
        }
    }

    [Fact]
    public async Task An_article_shows_its_byline_review_dates_body_and_reference_details()
    {
        var article = Shipped.VisibleArticles(PublicationPolicy.Production).First(a => a.Citations.Any(c => c.Reference.Doi is not null));
        var (_, document) = await site.GetPageAsync("/articles/" + article.Slug);

        document.QuerySelector("h1")!.TextContent.Should().Be(article.Title);
        Html.Collapse(document.QuerySelector(".byline")!.TextContent).Should().MatchRegex(
            $@"^By {System.Text.RegularExpressions.Regex.Escape(article.FrontMatter.Author!)} · \d+ minute read$");
        Html.Collapse(document.QuerySelector(".review-line")!.TextContent).Should().MatchRegex(
            $@"^Medically reviewed by {System.Text.RegularExpressions.Regex.Escape(article.FrontMatter.Reviewer!)} · Page last reviewed: \w+ \d{{1,2}}, \d{{4}} · Next review due: \w+ \d{{1,2}}, \d{{4}}$");
        var cited = article.Citations.First(c => c.Reference.Doi is not null).Reference;
        var entry = document.GetElementById("ref-" + cited.Key)!;
        entry.TextContent.Should().Contain(cited.Title).And.Contain(cited.Journal!).And.Contain(cited.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entry.QuerySelector($"a[href='https://doi.org/{cited.Doi}']").Should().NotBeNull();
        document.QuerySelector("meta[name=description]")!.GetAttribute("content").Should().Be(article.Summary);
    }

    [Fact]
    public async Task The_faq_shows_each_question_as_a_disclosure_that_needs_no_script()
    {
        var (_, document) = await site.GetPageAsync("/faq");

        var disclosures = document.QuerySelectorAll("details.faq-item");
        disclosures.Select(d => Html.Collapse(d.QuerySelector("summary")!.TextContent))
            .Should().Equal(Shipped.Faq!.Questions.Select(q => q.Question));
        document.QuerySelectorAll("details.faq-item > summary").Should().NotBeEmpty("the disclosures open without JavaScript");
        document.QuerySelector(".review-line")!.TextContent.Should().Contain("Next review due");
    }

    [Fact]
    public async Task The_research_page_groups_every_reference_by_kind_with_its_summary_population_and_citing_pages()
    {
        var (_, document) = await site.GetPageAsync("/research");

        foreach (var reference in Shipped.References)
        {
            var entry = document.GetElementById(reference.Key.ToLowerInvariant());
            entry.Should().NotBeNull(reference.Key);
            Html.Collapse(entry!.TextContent).Should().Contain(Html.Collapse(reference.Summary));
            var section = entry.Closest("section")!;
            section.QuerySelector("h2")!.TextContent.ToLowerInvariant().Should().Contain(reference.Kind.ToLowerInvariant()[..^2], reference.Key);
            // The first few citing pages are named; the rest are on the study's own page, linked from the entry.
            var citing = Shipped.PagesCiting(reference.Key, PublicationPolicy.Production);
            var links = entry.QuerySelectorAll(".cited-in a").Select(a => a.TextContent).ToList();
            links.Should().StartWith(citing.Take(Pages.ResearchModel.CitingNamed).Select(p => p.Title), reference.Key);
            if (citing.Count > Pages.ResearchModel.CitingNamed)
            {
                entry.QuerySelector($".cited-in a[href='{Clinic.Web.Endpoints.SiteUrls.Study(reference.Key)}']").Should().NotBeNull(reference.Key);
            }
        }
    }

    [Fact]
    public async Task The_home_page_lists_every_published_article_with_its_summary()
    {
        var (_, document) = await site.GetPageAsync("/");

        var items = document.QuerySelectorAll(".article-list li");
        items.Select(i => i.QuerySelector("a")!.GetAttribute("href"))
            .Should().Equal(Shipped.VisibleArticles(PublicationPolicy.Production).Select(a => "/articles/" + a.Slug));
        document.QuerySelector("main a[href='/faq']").Should().NotBeNull();
        document.QuerySelector("main a[href='/research']").Should().NotBeNull();
    }

    [Fact]
    public async Task Robots_allows_indexing_and_names_the_sitemap()
    {
        var text = await (await site.GetAsync("/robots.txt")).Content.ReadAsStringAsync();

        text.Should().Contain("User-agent: *").And.Contain("Sitemap: " + Shipped.Site.BaseUrl.AbsoluteUri + "sitemap.xml");
    }

    [Fact]
    public async Task Diagrams_are_served_as_svg_images_from_memory()
    {
        foreach (var name in Shipped.Diagrams.Keys)
        {
            var response = await site.GetAsync("/diagrams/" + name);

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        }

        Shipped.Diagrams.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_status_and_elapsed_time()
    {
        await site.GetAsync("/research?utm=secret");

        site.Logs.Entries.Where(e => e.Category == "Clinic.Web.Requests").Select(e => e.Message)
            .Should().ContainMatch("HTTP GET /research responded 200 in *ms")
            .And.NotContainMatch("*utm*");
    }
}
