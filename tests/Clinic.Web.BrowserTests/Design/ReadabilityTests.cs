using System.Text.Json;
using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Design;

/// <summary>Calm and readable: system fonts, 1rem text or larger, short lines, tappable citation markers.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class ReadabilityTests(LiveSite site)
{
    /// <summary>The body font, the smallest paragraph text, loaded web fonts, and the widest line in characters (ch).</summary>
    private const string Typography = @"() => {
        const texts = Array.from(document.querySelectorAll('main p, main li, main dd, main summary, footer p, footer li'))
            .filter(e => e.getClientRects().length > 0);
        const widest = Math.max(...texts.map(e => {
            const probe = document.createElement('span');
            probe.style.cssText = 'display:inline-block;width:1ch;padding:0;border:0';
            e.appendChild(probe);
            const ch = probe.getBoundingClientRect().width;
            probe.remove();
            const s = getComputedStyle(e);
            return (e.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)) / ch;
        }));
        return { family: getComputedStyle(document.body).fontFamily,
                 smallest: Math.min(...texts.map(e => parseFloat(getComputedStyle(e).fontSize))),
                 webFonts: document.fonts.size, widestCh: widest };
    }";

    private const string MarkerSizes =
        "() => Array.from(document.querySelectorAll('sup.citation a')).map(a => { const r = a.getBoundingClientRect(); " +
        "return { text: a.textContent, width: r.width, height: r.height }; })";

    [BrowserFact]
    public async Task Text_uses_system_fonts_at_1rem_or_more_in_lines_of_at_most_75_characters()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();

        foreach (var path in site.AllPages)
        {
            await site.GotoAsync(page, path);
            var type = await page.EvaluateAsync<JsonElement>(Typography);

            type.GetProperty("family").GetString().Should().StartWith("system-ui", path);
            type.GetProperty("webFonts").GetInt32().Should().Be(0, $"{path} downloads no fonts");
            type.GetProperty("smallest").GetDouble().Should().BeGreaterThanOrEqualTo(16, $"{path}: body text is at least 1rem");
            type.GetProperty("widestCh").GetDouble().Should().BeLessThanOrEqualTo(75, $"{path}: lines stay short enough to read");
        }
    }

    [BrowserTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Every_citation_marker_is_at_least_24_by_24_px(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var markers = 0;
        var small = new List<string>();

        foreach (var path in site.SitemapPaths)
        {
            await site.GotoAsync(page, path);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            foreach (var marker in (await page.EvaluateAsync<JsonElement>(MarkerSizes)).EnumerateArray())
            {
                markers++;
                if (marker.GetProperty("width").GetDouble() < 24 || marker.GetProperty("height").GetDouble() < 24)
                {
                    small.Add($"{path}: marker {marker.GetProperty("text")} is {marker.GetProperty("width")}x{marker.GetProperty("height")} px");
                }
            }
        }

        markers.Should().BeGreaterThan(10);
        small.Should().BeEmpty(string.Join("\n", small));
    }

    [BrowserFact]
    public async Task Review_dates_sit_under_the_title_before_the_text_and_on_the_first_screen()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var reviewed = site.SitemapPaths.Where(p => p.StartsWith("/articles/", StringComparison.Ordinal) || p == "/faq").ToList();
        reviewed.Should().NotBeEmpty();

        foreach (var path in reviewed)
        {
            await site.GotoAsync(page, path);
            var line = page.Locator(".review-line");
            (await line.InnerTextAsync()).Should().MatchRegex(@"Medically reviewed by .+Page last reviewed: \w+ \d{1,2}, \d{4}.*Next review due: \w+ \d{1,2}, \d{4}", path);
            (await line.Locator("time[datetime]").CountAsync()).Should().Be(2, $"{path}: both dates are machine-readable");
            var box = await line.BoundingBoxAsync();
            box!.Y.Should().BeLessThan(900 - box.Height, $"{path}: the review dates show without scrolling on a desktop");
            (await page.EvaluateAsync<bool>(
                "() => { const l = document.querySelector('.review-line'), b = document.querySelector('main h2, .article-body, .faq-list'); " +
                "return !!(l.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING); }"))
                .Should().BeTrue($"{path}: the review dates come before the text");
        }
    }

    [BrowserFact]
    public async Task The_crisis_notice_stands_apart_calmly_on_every_page_in_both_colour_schemes()
    {
        foreach (var scheme in new[] { Microsoft.Playwright.ColorScheme.Light, Microsoft.Playwright.ColorScheme.Dark })
        {
            await using var context = await site.NewContextAsync(375, scheme);
            var page = await context.NewPageAsync();
            foreach (var path in site.AllPages)
            {
                await site.GotoAsync(page, path);
                var notice = await page.EvaluateAsync<JsonElement>(@"() => {
                    const n = document.querySelector('.crisis-notice'), s = getComputedStyle(n), b = getComputedStyle(document.body);
                    return { background: s.backgroundColor, page: b.backgroundColor, border: s.borderTopStyle,
                             animation: s.animationName, beforeMain: !!(n.compareDocumentPosition(document.querySelector('main')) & Node.DOCUMENT_POSITION_FOLLOWING),
                             text: n.innerText };
                }");
                notice.GetProperty("background").GetString().Should().NotBe(notice.GetProperty("page").GetString(), $"{path} ({scheme}): the notice has its own background");
                notice.GetProperty("border").GetString().Should().Be("solid", path);
                notice.GetProperty("animation").GetString().Should().Be("none", $"{path}: nothing flashes or moves");
                notice.GetProperty("beforeMain").GetBoolean().Should().BeTrue($"{path}: help is found before the page's own text");
                notice.GetProperty("text").GetString().Should().Contain("988").And.Contain("911");
            }
        }
    }
}
