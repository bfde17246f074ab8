using Clinic.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Clinic.Web.BrowserTests.Privacy;

/// <summary>Reading the site tells no one else: no third-party requests, no cookies, and no script needed.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PrivacyTests(LiveSite site)
{
    [BrowserFact]
    public async Task Every_request_while_pages_load_goes_to_the_site_itself_and_no_cookie_is_set()
    {
        await using var context = await site.NewContextAsync(375);
        var requests = new List<string>();
        context.Request += (_, request) => requests.Add(request.Url);
        var page = await context.NewPageAsync();

        foreach (var path in site.AllPages)
        {
            await site.GotoAsync(page, path);
        }

        requests.Should().Contain(url => url.Contains("/css/site.css", StringComparison.Ordinal), "the stylesheet loads");
        requests.Where(url => new Uri(url).GetLeftPart(UriPartial.Authority) != site.Origin.GetLeftPart(UriPartial.Authority))
            .Should().BeEmpty("no page loads anything from another origin");
        (await context.CookiesAsync()).Should().BeEmpty("the site sets no cookies");
    }

    [BrowserFact]
    public async Task With_JavaScript_off_every_page_is_styled_readable_and_the_FAQ_still_opens()
    {
        await using var context = await site.NewContextAsync(375, javaScript: false);
        var page = await context.NewPageAsync();

        foreach (var path in site.AllPages)
        {
            var response = await site.GotoAsync(page, path);
            response!.Status.Should().Be(path == LiveSite.MissingPath ? 404 : 200, path);
            (await page.Locator("h1").IsVisibleAsync()).Should().BeTrue(path);
            (await page.Locator(".crisis-notice").IsVisibleAsync()).Should().BeTrue(path);
            (await page.Locator(".disclaimer").IsVisibleAsync()).Should().BeTrue(path);
            // Styled: the skip link is tucked away until focused, which only the stylesheet does.
            (await page.Locator(".skip-link").BoundingBoxAsync())!.Y.Should().BeLessThan(0, $"{path} has its stylesheet");
        }

        await site.GotoAsync(page, "/faq");
        var first = page.Locator("details.faq-item").First;
        await first.Locator("summary").ClickAsync();
        (await first.Locator(".faq-answer").IsVisibleAsync()).Should().BeTrue("a disclosure opens without script");
        await site.GotoAsync(page, "/");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        page.Url.Should().EndWith("#main", "the skip link works without script");
    }

    [BrowserFact]
    public async Task No_page_breaks_its_content_security_policy_or_logs_an_error()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var current = string.Empty;
        page.Console += (_, message) =>
        {
            // The 404 page's own status is reported as a console error by Chromium; it is expected there.
            if (message.Type is "error" or "warning" && !(current == LiveSite.MissingPath && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                problems.Add($"{current}: {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: page error: {error}");

        foreach (var path in site.AllPages)
        {
            current = path;
            await site.GotoAsync(page, path);
        }

        problems.Should().BeEmpty(string.Join("\n", problems));
    }
}
