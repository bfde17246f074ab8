using System.Text.Json;
using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Layout;

/// <summary>Pages reflow on a 320 px screen and survive 200% text size without hiding or clipping anything.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class LayoutTests(LiveSite site)
{
    /// <summary>Opens every FAQ answer so hidden content is measured too.</summary>
    private const string OpenDisclosures = "() => document.querySelectorAll('details').forEach(d => d.open = true)";

    /// <summary>Elements sticking out past the right edge of the viewport, and the page's sideways scroll room.</summary>
    private const string Overflow = @"() => {
        const width = document.documentElement.clientWidth;
        // Inside a table's own scroll region, wide is by design: the region scrolls, the page does not.
        const wide = Array.from(document.body.querySelectorAll('*'))
            .filter(e => !e.closest('.table-scroll') && e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 1)
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + (e.textContent || '').trim().slice(0, 40));
        return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
    }";

    /// <summary>Font size of every element that holds text directly, keyed by its position in the page.</summary>
    private const string TextSizes = @"() => Array.from(document.body.querySelectorAll('*'))
        .filter(e => e.getClientRects().length > 0 && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()))
        .map(e => parseFloat(getComputedStyle(e).fontSize))";

    /// <summary>Boxes that cut off their own content (overflow hidden or clip with more inside than shows).</summary>
    private const string Clipped = @"() => Array.from(document.body.querySelectorAll('*'))
        .filter(e => { const s = getComputedStyle(e);
            return e.getClientRects().length > 0 && [s.overflowX, s.overflowY].some(o => o === 'hidden' || o === 'clip')
                && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1); })
        .map(e => e.tagName.toLowerCase() + '.' + e.className)";

    [BrowserFact]
    public async Task No_page_scrolls_sideways_on_a_320_px_wide_screen()
    {
        await using var context = await site.NewContextAsync(320);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var path in site.AllPages)
        {
            await site.GotoAsync(page, path);
            await page.EvaluateAsync(OpenDisclosures);
            var overflow = await page.EvaluateAsync<JsonElement>(Overflow);
            if (overflow.GetProperty("scroll").GetDouble() > 0 || overflow.GetProperty("wide").GetArrayLength() > 0)
            {
                failures.Add($"{path}: {overflow}");
            }
        }

        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task At_200_percent_text_size_every_text_doubles_and_nothing_is_cut_off_or_pushed_sideways()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var path in site.AllPages)
        {
            await site.GotoAsync(page, path);
            await page.EvaluateAsync(OpenDisclosures);
            var before = await page.EvaluateAsync<double[]>(TextSizes);
            // Text-only zoom, as a browser's "font size" setting does: the root size doubles, the viewport stays.
            await page.EvaluateAsync("() => document.documentElement.style.fontSize = '200%'");
            var after = await page.EvaluateAsync<double[]>(TextSizes);

            after.Should().HaveSameCount(before, $"{path}: no text disappears at 200%");
            var unscaled = before.Zip(after).Count(p => p.Second < p.First * 1.9);
            unscaled.Should().Be(0, $"{path}: every text grows with the reader's text size (no fixed pixel sizes)");
            var overflow = await page.EvaluateAsync<JsonElement>(Overflow);
            if (overflow.GetProperty("scroll").GetDouble() > 0 || overflow.GetProperty("wide").GetArrayLength() > 0)
            {
                failures.Add($"{path}: pushed sideways {overflow}");
            }

            var clipped = await page.EvaluateAsync<string[]>(Clipped);
            if (clipped.Length > 0)
            {
                failures.Add($"{path}: clipped {string.Join(", ", clipped)}");
            }
        }

        failures.Should().BeEmpty(string.Join("\n", failures));
    }
}
