using System.Text.Json;
using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Keyboard;

/// <summary>Everything works from the keyboard: skip link, FAQ disclosures, visible focus, focus in reading order.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class KeyboardTests(LiveSite site)
{
    [BrowserFact]
    public async Task The_skip_link_is_the_first_stop_is_visible_when_focused_and_moves_focus_to_the_main_content()
    {
        await using var context = await site.NewContextAsync(375);
        var page = await context.NewPageAsync();

        foreach (var path in site.AllPages)
        {
            await site.GotoAsync(page, path);
            await page.Keyboard.PressAsync("Tab");
            var skip = await page.EvaluateAsync<JsonElement>(
                "() => { const a = document.activeElement, r = a.getBoundingClientRect(); " +
                "return { cls: a.className, top: r.top, bottom: r.bottom, height: r.height }; }");
            skip.GetProperty("cls").GetString().Should().Be("skip-link", $"{path}: the first Tab stop is the skip link");
            skip.GetProperty("top").GetDouble().Should().BeGreaterThanOrEqualTo(0, $"{path}: the focused skip link is on screen");
            skip.GetProperty("height").GetDouble().Should().BeGreaterThanOrEqualTo(24, path);

            await page.Keyboard.PressAsync("Enter");
            (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("main", path);
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"))
                .Should().BeTrue($"{path}: after skipping, the next Tab stop is inside the main content");
        }
    }

    [BrowserFact]
    public async Task Every_FAQ_disclosure_opens_and_closes_with_Enter_and_with_Space()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.GotoAsync(page, "/faq");
        var questions = page.Locator("details.faq-item");
        var count = await questions.CountAsync();
        count.Should().BeGreaterThan(3);

        for (var i = 0; i < count; i++)
        {
            var details = questions.Nth(i);
            var summary = details.Locator("summary");
            var answer = details.Locator(".faq-answer");
            await summary.FocusAsync();
            (await answer.IsVisibleAsync()).Should().BeFalse($"question {i + 1} starts closed");

            await page.Keyboard.PressAsync("Enter");
            (await answer.IsVisibleAsync()).Should().BeTrue($"Enter opens question {i + 1}");
            await page.Keyboard.PressAsync("Enter");
            (await answer.IsVisibleAsync()).Should().BeFalse($"Enter closes question {i + 1}");
            await page.Keyboard.PressAsync("Space");
            (await answer.IsVisibleAsync()).Should().BeTrue($"Space opens question {i + 1}");
        }
    }

    [BrowserFact]
    public async Task Tabbing_visits_every_control_in_reading_order_and_each_shows_a_visible_focus_ring()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var path in site.AllPages)
        {
            await site.GotoAsync(page, path);
            (await page.EvaluateAsync<int>("() => document.querySelectorAll('[tabindex]:not([tabindex=\"-1\"]):not([tabindex=\"0\"])').length"))
                .Should().Be(0, $"{path}: positive tabindex values break the reading order");
            var stops = await page.EvaluateAsync<int>(FocusStop.CountScript);
            FocusStop? previous = null;
            for (var i = 0; i < stops; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var stop = FocusStop.From(await page.EvaluateAsync<JsonElement>(FocusStop.DescribeScript));
                var problem = stop.ProblemAfter(i, previous);
                if (problem is not null)
                {
                    failures.Add($"{path}: Tab stop {i + 1} ({stop.Label}): {problem}");
                }

                previous = stop;
            }
        }

        failures.Should().BeEmpty(string.Join("\n", failures));
    }
}
