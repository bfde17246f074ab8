using System.Text.Json;
using Clinic.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Clinic.Web.BrowserTests.Print;

/// <summary>A printed page keeps what a reader needs on paper and drops what only works on screen.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PrintTests(LiveSite site)
{
    /// <summary>Each reference with the addresses printed after its links (CSS generated content).</summary>
    private const string PrintedReferences = @"() => Array.from(document.querySelectorAll('.references li')).map(li => ({
        id: li.id,
        printed: Array.from(li.querySelectorAll('.ref-links a')).map(a => ({ href: a.href, after: getComputedStyle(a, '::after').content }))
    }))";

    [BrowserFact]
    public async Task Printing_an_article_hides_navigation_and_keeps_review_dates_disclaimer_crisis_notice_and_reference_addresses()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var articles = site.SitemapPaths.Where(p => p.StartsWith("/articles/", StringComparison.Ordinal)).ToList();

        foreach (var path in articles)
        {
            await site.GotoAsync(page, path);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            (await page.Locator("nav[aria-label='Main']").IsVisibleAsync()).Should().BeFalse($"{path}: navigation is not printed");
            (await page.Locator(".skip-link").IsVisibleAsync()).Should().BeFalse(path);
            (await page.Locator(".review-line").InnerTextAsync()).Should().Contain("Medically reviewed by").And.Contain("Next review due");
            (await page.Locator(".review-line").IsVisibleAsync()).Should().BeTrue(path);
            (await page.Locator(".disclaimer").IsVisibleAsync()).Should().BeTrue($"{path}: the disclaimer is printed");
            var crisis = page.Locator(".crisis-notice");
            (await crisis.IsVisibleAsync()).Should().BeTrue($"{path}: the crisis notice is printed");
            (await crisis.InnerTextAsync()).Should().Contain("988").And.Contain("911");

            var references = await page.EvaluateAsync<JsonElement>(PrintedReferences);
            references.GetArrayLength().Should().BeGreaterThan(0, $"{path} cites its sources");
            foreach (var reference in references.EnumerateArray())
            {
                var printed = reference.GetProperty("printed").EnumerateArray()
                    .Where(l => l.GetProperty("after").GetString()!.Contains(l.GetProperty("href").GetString()!, StringComparison.Ordinal))
                    .Select(l => l.GetProperty("href").GetString()!)
                    .ToList();
                printed.Should().NotBeEmpty($"{path}: reference {reference.GetProperty("id")} prints its DOI or URL");
            }

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }

        // One printout to look at (PDF output follows the emulated media, so print it is).
        await site.GotoAsync(page, articles[0]);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(TestOutput.Screenshots, "print-" + TestOutput.NameOf(articles[0]) + ".pdf"), Format = "Letter" });
    }

    [BrowserFact]
    public async Task Printing_the_FAQ_prints_every_answer_even_when_closed_on_screen()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.GotoAsync(page, "/faq");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var answers = page.Locator(".faq-answer");
        var count = await answers.CountAsync();
        count.Should().BeGreaterThan(3);
        for (var i = 0; i < count; i++)
        {
            (await answers.Nth(i).IsVisibleAsync()).Should().BeTrue($"answer {i + 1} is printed");
        }
    }
}
