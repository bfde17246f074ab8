using System.Text.Json;
using Clinic.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Clinic.Web.BrowserTests.Reading;

/// <summary>A long science page on a phone: first screen, tables, contents list, breadcrumbs, FAQ links and glossary terms.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class ReadingTests(LiveSite site)
{
    /// <summary>Words inside table cells that the browser drew across two lines (a mid-word break).</summary>
    private const string BrokenWords = @"() => {
        const broken = [];
        for (const cell of document.querySelectorAll('.article-body th, .article-body td, .article-body caption')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const re = /[^\s\-\u2010]+/g; let m; // a break after a hyphen is not mid-word
                while ((m = re.exec(node.textContent))) {
                    const range = document.createRange();
                    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                    const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(m[0]);
                }
            }
        }
        return broken;
    }";

    private static readonly string[] ArticlesWithTables =
        ["/articles/ketamine-doses-explained", "/articles/ketamine-and-esketamine", "/articles/what-the-research-shows"];

    [BrowserFact]
    public async Task On_a_375_by_812_phone_every_article_shows_its_first_paragraph_and_a_crisis_line_with_988_on_the_first_screen()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        });
        var page = await context.NewPageAsync();
        var articles = site.SitemapPaths.Where(p => p.StartsWith("/articles/", StringComparison.Ordinal)).ToList();
        articles.Should().NotBeEmpty();

        foreach (var path in articles)
        {
            await site.GotoAsync(page, path);
            var first = page.Locator(".article-body > p").First;
            var box = (await first.BoundingBoxAsync())!;
            var lineHeight = await first.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).lineHeight)");
            (box.Y + (2 * lineHeight)).Should().BeLessThanOrEqualTo(812, $"{path}: the first two lines of the first paragraph are on the first screen");

            var line = page.Locator(".crisis-line");
            (await line.IsVisibleAsync()).Should().BeTrue(path);
            (await line.InnerTextAsync()).Should().Contain("988");
            (await line.BoundingBoxAsync())!.Height.Should().BeLessThan(50, $"{path}: the crisis notice is one compact line");
        }

        // The full notice is one tap away.
        (await page.Locator(".crisis-full").IsVisibleAsync()).Should().BeFalse();
        await page.Locator(".crisis-more").ClickAsync();
        (await page.Locator(".crisis-full").IsVisibleAsync()).Should().BeTrue("the link opens the full crisis notice");
        (await page.Locator(".crisis-full").InnerTextAsync()).Should().Contain("911");
    }

    [BrowserFact]
    public async Task At_320_px_no_table_breaks_a_word_and_each_table_scrolls_in_a_named_region_the_keyboard_can_reach()
    {
        await using var context = await site.NewContextAsync(320);
        var page = await context.NewPageAsync();

        foreach (var path in site.SitemapPaths)
        {
            await site.GotoAsync(page, path);
            (await page.EvaluateAsync<string[]>(BrokenWords)).Should().BeEmpty($"{path}: no word in a table is split across lines");
        }

        foreach (var path in ArticlesWithTables)
        {
            await site.GotoAsync(page, path);
            var region = page.Locator(".table-scroll").First;
            (await region.GetAttributeAsync("role")).Should().Be("region");
            var caption = await region.Locator("caption").InnerTextAsync();
            (await region.GetAttributeAsync("aria-label")).Should().Be(caption.Trim(), $"{path}: the region is named by the table's caption");
            await region.FocusAsync();
            (await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('table-scroll')")).Should().BeTrue();
            var before = await region.EvaluateAsync<double>("r => r.scrollLeft");
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("End");
            var wide = await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth");
            if (wide)
            {
                // A key's scroll may be animated and lands after the key press returns: wait for it to move rather than
                // read the position at once (a loaded machine read it too early).
                var handle = await region.ElementHandleAsync();
                var moved = await page.WaitForFunctionAsync("([r, before]) => r.scrollLeft > before", new object[] { handle, before })
                    .ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
                moved.Should().BeTrue($"{path}: the keyboard scrolls the table sideways");
            }
        }
    }

    [BrowserFact]
    public async Task The_contents_list_and_the_breadcrumbs_work_from_the_keyboard()
    {
        await using var context = await site.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await site.GotoAsync(page, "/articles/ketamine-safety");

        var contents = page.Locator("nav.contents a");
        (await contents.CountAsync()).Should().BeGreaterThanOrEqualTo(3);
        var target = (await contents.Nth(1).GetAttributeAsync("href"))!;
        await TabToAsync(page, $"nav.contents a[href='{target}']");
        await page.Keyboard.PressAsync("Enter");
        // Following an in-page link updates the address asynchronously: wait for it rather than read it at once.
        await page.WaitForURLAsync(url => url.EndsWith(target, StringComparison.Ordinal));
        page.Url.Should().EndWith(target);
        var heading = page.Locator(target);
        (await heading.EvaluateAsync<bool>("h => { const r = h.getBoundingClientRect(); return r.top > -2 && r.top < innerHeight; }"))
            .Should().BeTrue("the section's heading is scrolled into view");

        (await page.Locator("nav.breadcrumbs li").AllInnerTextsAsync()).Select(t => t.Replace("›", string.Empty, StringComparison.Ordinal).Trim()).Should()
            .Equal("Home", "Articles", await page.Locator("h1").InnerTextAsync());
        await site.GotoAsync(page, "/articles/ketamine-safety");
        await TabToAsync(page, "nav.breadcrumbs a[href='/articles']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(site.Url("/articles").AbsoluteUri);
        (await page.Locator("h1").InnerTextAsync()).Should().Be("All articles");

        // The FAQ has a contents list too, one entry per question.
        await site.GotoAsync(page, "/faq");
        (await page.Locator("nav.contents a").CountAsync()).Should().Be(await page.Locator("details.faq-item").CountAsync());
    }

    [BrowserFact]
    public async Task A_link_to_an_FAQ_answer_opens_that_answer_and_a_reference_links_back_to_where_it_is_cited()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();
        await site.GotoAsync(page, "/faq#is-it-addictive");

        var item = page.Locator("details#is-it-addictive");
        (await item.EvaluateAsync<bool>("d => d.open")).Should().BeTrue("the shared link opens its answer");
        (await item.Locator(".faq-answer").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("details.faq-item[open]").CountAsync()).Should().Be(1, "only the linked answer opens");
        (await item.Locator("a.copy-link").GetAttributeAsync("href")).Should().Be("#is-it-addictive");

        // From the reference list back up to a citation inside a closed answer: the answer opens.
        var back = page.Locator(".references .backlinks a").Last;
        var citation = (await back.GetAttributeAsync("href"))!;
        await back.ClickAsync();
        (await page.Locator(citation).IsVisibleAsync()).Should().BeTrue("the back-link reveals the citation it points to");
    }

    [BrowserFact]
    public async Task A_glossary_term_shows_its_definition_on_keyboard_focus_and_on_a_tap_and_leads_to_the_glossary()
    {
        await using var keyboard = await site.NewContextAsync(1280);
        var page = await keyboard.NewPageAsync();
        await site.GotoAsync(page, "/articles/how-ketamine-works");
        var term = page.Locator("a.term").First;
        var tip = page.Locator($"#{await term.GetAttributeAsync("aria-describedby")}");
        (await tip.IsVisibleAsync()).Should().BeFalse("definitions stay out of the way until asked for");
        await TabToAsync(page, "a.term");
        (await tip.IsVisibleAsync()).Should().BeTrue("Tab onto a term shows its definition");
        await page.Keyboard.PressAsync("Escape");
        (await tip.IsVisibleAsync()).Should().BeFalse("Escape hides it again");
        var href = (await term.GetAttributeAsync("href"))!;
        await Task.WhenAll(
            page.WaitForURLAsync(site.Url(href).AbsoluteUri, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit }),
            page.Keyboard.PressAsync("Enter"));
        (await page.Locator(href[href.IndexOf('#', StringComparison.Ordinal)..]).IsVisibleAsync()).Should().BeTrue("Enter leads to the glossary entry");

        await using var touch = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            HasTouch = true,
            IsMobile = true,
        });
        var phone = await touch.NewPageAsync();
        await site.GotoAsync(phone, "/articles/how-ketamine-works");
        var tapped = phone.Locator("a.term").First;
        await tapped.TapAsync();
        (await phone.Locator($"#{await tapped.GetAttributeAsync("aria-describedby")}").IsVisibleAsync()).Should().BeTrue("a tap shows the definition");
        phone.Url.Should().NotContain("/glossary", "the first tap stays on the page");
        await Task.WhenAll(
            phone.WaitForURLAsync(site.Url((await tapped.GetAttributeAsync("href"))!).AbsoluteUri, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit }),
            tapped.TapAsync());
    }

    [BrowserFact]
    public async Task With_JavaScript_off_search_finds_stemmed_and_synonym_queries_and_highlights_the_matches()
    {
        await using var context = await site.NewContextAsync(375, javaScript: false);
        var page = await context.NewPageAsync();

        // From the header's search box, as a reader would.
        await site.GotoAsync(page, "/");
        await page.Locator("#site-search").FillAsync("treatments");
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=treatments", StringComparison.Ordinal));
        var marks = await page.Locator(".search-results mark").AllInnerTextsAsync();
        marks.Should().Contain(m => m.Equals("treatment", StringComparison.OrdinalIgnoreCase), "\"treatments\" finds the word \"treatment\"");

        // "Spravato" finds pages that only say "esketamine", through the glossary.
        await site.GotoAsync(page, "/search?q=Spravato");
        var results = page.Locator(".search-results li");
        (await results.CountAsync()).Should().BeGreaterThan(1);
        var snippets = await page.Locator(".result-snippet").AllInnerTextsAsync();
        snippets.Should().Contain(s => s.Contains("esketamine", StringComparison.OrdinalIgnoreCase) && !s.Contains("Spravato", StringComparison.OrdinalIgnoreCase),
            "a result that never says Spravato is found through its synonym");
        (await results.First.Locator("a").InnerTextAsync()).ToLowerInvariant().Should().Contain("esketamine", "the best match is about esketamine");

        await site.GotoAsync(page, "/search?q=zzzqqq");
        (await page.Locator(".search-summary").InnerTextAsync()).Should().Contain("No results");

        // The 404 page has a search box as well.
        await site.GotoAsync(page, LiveSite.MissingPath);
        (await page.Locator("main form[role=search] input[name=q]").IsVisibleAsync()).Should().BeTrue();
    }

    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Tab never reached {selector}");
    }
}
