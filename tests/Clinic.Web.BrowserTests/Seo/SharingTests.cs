using System.Text.Json;
using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Seo;

/// <summary>What search engines and link previews read, as the browser sees it.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class SharingTests(LiveSite site)
{
    private const string Head = @"() => {
        const meta = sel => document.querySelector(sel)?.getAttribute('content') ?? null;
        return { title: document.title, description: meta('meta[name=description]'),
                 canonical: document.querySelector('link[rel=canonical]')?.href ?? null,
                 ogTitle: meta('meta[property=""og:title""]'), ogDescription: meta('meta[property=""og:description""]'),
                 ogUrl: meta('meta[property=""og:url""]'), lead: document.querySelector('main .lead')?.textContent.trim() ?? null,
                 jsonLd: Array.from(document.querySelectorAll('script[type=""application/ld+json""]')).map(s => JSON.parse(s.textContent)['@type']) };
    }";

    [BrowserFact]
    public async Task Every_page_has_its_own_title_and_description_a_canonical_URL_and_Open_Graph_tags()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var heads = new Dictionary<string, JsonElement>();
        var baseUrl = Clinic.Content.ContentLoader.Load(RepositoryRoot.Content).Site.BaseUrl;

        foreach (var path in site.SitemapPaths)
        {
            await site.GotoAsync(page, path);
            var head = await page.EvaluateAsync<JsonElement>(Head);
            heads[path] = head;
            var canonical = new Uri(baseUrl, path.TrimStart('/')).AbsoluteUri;

            head.GetProperty("canonical").GetString().Should().Be(canonical, $"{path}: canonical from site.yaml's base-url");
            head.GetProperty("ogUrl").GetString().Should().Be(canonical, path);
            head.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace(path);
            head.GetProperty("ogDescription").GetString().Should().Be(head.GetProperty("description").GetString(), path);
            head.GetProperty("ogTitle").GetString().Should().NotBeNullOrWhiteSpace(path);
            head.GetProperty("title").GetString().Should().Contain(head.GetProperty("ogTitle").GetString()!, path);
            if (path.StartsWith("/articles/", StringComparison.Ordinal) || path == "/faq")
            {
                head.GetProperty("description").GetString().Should().Be(head.GetProperty("lead").GetString(), $"{path}: the description is the page's summary");
            }
        }

        heads.Values.Select(h => h.GetProperty("title").GetString()).Should().OnlyHaveUniqueItems();
        heads.Values.Select(h => h.GetProperty("description").GetString()).Should().OnlyHaveUniqueItems();
    }

    [BrowserFact]
    public async Task Articles_carry_a_MedicalWebPage_block_and_the_FAQ_an_FAQPage_block_the_browser_can_parse()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();

        foreach (var path in site.SitemapPaths)
        {
            await site.GotoAsync(page, path);
            var types = (await page.EvaluateAsync<JsonElement>(Head)).GetProperty("jsonLd").EnumerateArray().Select(t => t.GetString()).ToList();
            // Articles and the FAQ carry their breadcrumb trail inside their own block; other pages below
            // Home have a BreadcrumbList block of their own, and nothing medical.
            var expected = path.StartsWith("/articles/", StringComparison.Ordinal) ? ["MedicalWebPage"]
                : path == "/faq" ? ["FAQPage"] : path == "/" ? Array.Empty<string>() : ["BreadcrumbList"];
            types.Should().Equal(expected, path);
        }
    }
}
