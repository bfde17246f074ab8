using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Clinic.Content;
using Clinic.Web.Pages;

namespace Clinic.Web.Tests;

/// <summary>The reader's pages and feed: Atom feed, reference formatting, glossary, topics, search and breadcrumbs.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ReaderPagesTests(ShippedSiteFixture fixture)
{
    private static readonly ContentSnapshot Shipped = ContentLoader.Load(RepositoryRoot.Content);
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly SiteFactory site = fixture.Site;

    [Fact]
    public async Task The_feed_is_valid_Atom_with_every_article_and_every_page_links_to_it_from_its_head()
    {
        using var response = await site.GetAsync("/feed.xml");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        // RFC 4287 4.1.1: atom:feed has exactly one id, title and updated, an author (or every entry has one),
        // and a self link; ids are absolute IRIs; dates are RFC 3339.
        feed.Name.Should().Be(Atom + "feed");
        AssertRequired(feed, "feed");
        feed.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Should().HaveCount(Shipped.VisibleArticles(PublicationPolicy.Production).Count());
        entries.Select(e => e.Element(Atom + "id")!.Value).Should().OnlyHaveUniqueItems();
        foreach (var entry in entries)
        {
            // 4.1.2: an entry has id, title, updated, an alternate link (it has no content) and a summary.
            AssertRequired(entry, "entry");
            entry.Elements(Atom + "link").Should().ContainSingle(l => (string?)l.Attribute("rel") == "alternate");
            entry.Element(Atom + "summary")!.Value.Should().NotBeNullOrWhiteSpace();
            (feed.Element(Atom + "author") ?? entry.Element(Atom + "author")).Should().NotBeNull();
        }

        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture)).ToList();
        updated.Should().BeInDescendingOrder("the most recently reviewed article comes first");
        DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture).Should().Be(updated.Max());

        foreach (var path in await site.SitemapPathsAsync())
        {
            var (_, document) = await site.GetPageAsync(path);
            document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href").Should().Be("/feed.xml", path);
        }
    }

    [Fact]
    public void Every_reference_reads_with_each_part_ended_once_and_the_year_never_twice()
    {
        foreach (var reference in Shipped.References)
        {
            var line = $"{ReferenceFormat.Authors(reference)} {ReferenceFormat.Title(reference)} {ReferenceFormat.Source(reference)}";
            ReferenceFormat.Authors(reference).Should().EndWith(".", reference.Key).And.NotEndWith("..", reference.Key);
            ReferenceFormat.Title(reference).Should().MatchRegex(@"[^.][.?!]$", reference.Key);
            line.Should().NotContain("..", reference.Key).And.NotContain(" .", reference.Key);
            if (reference.Year is { } year)
            {
                line.Split(year.ToString(CultureInfo.InvariantCulture)).Length.Should().BeLessThanOrEqualTo(
                    reference.Title.Contains(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? 3 : 2,
                    $"{reference.Key}: the year appears once ('{line}')");
            }
        }

        var notice = Shipped.FindReference("fda2019")!;
        ReferenceFormat.Source(notice).Should().Be("FDA news release, 5 March 2019.");
        ReferenceFormat.Authors(Shipped.FindReference("berman2000")!).Should().EndWith("Krystal JH.");
        ReferenceFormat.Authors(Shipped.FindReference("li2010")!).Should().EndWith("et al.");
    }

    [Fact]
    public async Task The_research_library_shows_each_title_once_and_article_references_link_back_to_each_citation()
    {
        var (_, research) = await site.GetPageAsync("/research");
        foreach (var entry in research.QuerySelectorAll(".research-entry"))
        {
            var title = entry.QuerySelector("h3")!.TextContent.Trim();
            entry.QuerySelectorAll("cite").Should().BeEmpty("the heading already gives the title");
            Html.Collapse(entry.TextContent).Split(title).Length.Should().Be(2, $"'{title}' appears once");
        }

        var (_, article) = await site.GetPageAsync("/articles/how-ketamine-works");
        var backlinks = article.QuerySelectorAll(".references .backlinks a").ToList();
        backlinks.Should().NotBeEmpty();
        foreach (var back in backlinks)
        {
            var target = article.GetElementById(back.GetAttribute("href")![1..]);
            target.Should().NotBeNull(back.GetAttribute("href"));
            target!.ParentElement!.ClassList.Should().Contain("citation");
        }

        var markers = article.QuerySelectorAll("sup.citation a").Length;
        backlinks.Should().HaveCount(markers, "every place a study is cited has a way back from the list");
    }

    [Fact]
    public async Task Glossary_topic_article_list_and_search_pages_answer_and_unknown_topics_are_404()
    {
        var (glossary, glossaryPage) = await site.GetPageAsync("/glossary");
        glossary.StatusCode.Should().Be(HttpStatusCode.OK);
        glossaryPage.QuerySelectorAll(".glossary dt dfn").Select(d => d.TextContent).Should().Equal(Shipped.Glossary.Terms.Select(t => t.Term));

        var (topics, topicsPage) = await site.GetPageAsync("/topics/treatment-resistant-depression");
        topics.StatusCode.Should().Be(HttpStatusCode.OK);
        topicsPage.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")).Should().Contain("/articles/ketamine-and-esketamine");
        (await site.GetAsync("/topics/no-such-topic")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var (_, search) = await site.GetPageAsync("/search?q=" + new string('a', 5000));
        search.QuerySelector("#search-page-query")!.GetAttribute("value")!.Length.Should().Be(Search.SearchIndex.MaxQueryLength);
        var (_, odd) = await site.GetPageAsync("/search?q=%22%5B*%3F%29+AND+OR+%3A%5C");
        odd.QuerySelector(".search-summary").Should().NotBeNull("query syntax characters are just text, never an error");
    }

    [Fact]
    public async Task Articles_carry_breadcrumbs_with_matching_BreadcrumbList_data_reading_time_and_review_dates()
    {
        var (_, page) = await site.GetPageAsync("/articles/ketamine-safety");

        page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")).Should().Equal("/", "/articles", "/articles/ketamine-safety");
        var data = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent)
            .Single(json => json.Contains("BreadcrumbList", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(data);
        // The trail is the MedicalWebPage's "breadcrumb": one block per page.
        json.RootElement.GetProperty("breadcrumb").GetProperty("itemListElement").EnumerateArray().Select(i => i.GetProperty("position").GetInt32()).Should().Equal(1, 2, 3);
        page.QuerySelector(".reading-time")!.TextContent.Should().MatchRegex(@"^\d+ minute read$");
        Html.Collapse(page.QuerySelector(".review-line")!.TextContent).Should().Contain("Page last reviewed:").And.Contain("Next review due:");
        page.QuerySelectorAll(".related li").Should().HaveCount(3);
        page.QuerySelectorAll(".care-card-urgent, .care-card-important").Should().HaveCount(2, "the safety page's urgent and important advice are care cards");
    }

    private static void AssertRequired(XElement element, string what)
    {
        foreach (var name in new[] { "id", "title", "updated" })
        {
            element.Elements(Atom + name).Should().ContainSingle($"{what} has exactly one atom:{name}");
        }

        Uri.TryCreate(element.Element(Atom + "id")!.Value, UriKind.Absolute, out _).Should().BeTrue($"{what} id is an absolute IRI");
        element.Element(Atom + "updated")!.Value.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$", $"{what} updated is an RFC 3339 date-time");
    }
}
