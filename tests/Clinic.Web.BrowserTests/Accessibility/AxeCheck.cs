using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Clinic.Web.BrowserTests.Accessibility;

/// <summary>Runs axe with the WCAG 2.2 A and AA rules and describes each violation with the elements it found.</summary>
public static class AxeCheck
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = RunOnlyOptions.Tags([.. WcagTags]),
        ResultTypes = [ResultType.Violations],
        Iframes = false,
    };

    /// <summary>One line per violated rule and element, e.g. "color-contrast (serious) at .lead: Fix ...".</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        // The site has no frames, so axe's single-frame ("legacy") run checks exactly what the default run does,
        // without opening a throwaway page per run to merge frame results: three to four times faster here.
#pragma warning disable CS0618
        var results = await page.Locator("html").RunAxeLegacy(Options);
#pragma warning restore CS0618
        var lines = new List<string>();
        foreach (var violation in results.Violations)
        {
            foreach (var node in violation.Nodes)
            {
                var line = new StringBuilder()
                    .Append(violation.Id).Append(" (").Append(violation.Impact).Append(") at ")
                    .Append(node.Target)
                    .Append(": ").Append(string.Join("; ", Messages(node)));
                lines.Add(line.ToString());
            }
        }

        return lines;
    }

    private static IEnumerable<string> Messages(AxeResultNode node) =>
        new[] { node.Any, node.All, node.None }.Where(c => c is not null).SelectMany(c => c).Select(c => c.Message);
}
