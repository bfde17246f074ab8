using Clinic.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Clinic.Web.BrowserTests.Accessibility;

/// <summary>axe finds no WCAG 2.2 A/AA violation on any page, in either colour scheme, on a phone or a desktop.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class AxeTests(LiveSite site)
{
    private const string BodyBackground = "() => getComputedStyle(document.body).backgroundColor";

    [BrowserTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Every_page_and_the_404_page_have_no_WCAG_A_or_AA_violations_in_light_or_dark(int width)
    {
        await using var context = await site.NewContextAsync(width);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var path in site.AllPages)
        {
            await site.GotoAsync(page, path);
            failures.AddRange((await AxeCheck.ViolationsAsync(page)).Select(v => $"{path} (light): {v}"));
            // Every page at phone and desktop width, for people to look at.
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                FullPage = true,
                Path = Path.Combine(TestOutput.Screenshots, $"{width}-{TestOutput.NameOf(path)}.png"),
            });

            // Same page, dark colour scheme: only the colours change, so there is no need to load it again.
            var lightBackground = await page.EvaluateAsync<string>(BodyBackground);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            (await page.EvaluateAsync<string>(BodyBackground)).Should().NotBe(lightBackground, $"{path} has a dark scheme to check");
            failures.AddRange((await AxeCheck.ViolationsAsync(page)).Select(v => $"{path} (dark): {v}"));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        }

        failures.Should().BeEmpty($"axe ({string.Join(", ", AxeCheck.WcagTags)}) at {width}px found:\n{string.Join("\n", failures)}");
    }
}
