using System.Diagnostics;
using System.Text.RegularExpressions;
using Clinic.Web.ContentHosting;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Web.Tests;

/// <summary>What the hot-reload tests do to a running site: edit its content files and wait, boundedly, for the result.</summary>
public static partial class HotReloadEditing
{
    /// <summary>The longest any test waits for the watcher; a change normally shows up in well under a second.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public const string Article = "articles/ketamine-safety.md";
    public const string ArticlePath = "/articles/ketamine-safety";
    public const string ShippedTitle = "Ketamine safety, side effects and who should not take it";

    /// <summary>The running site's rebuilder (starting the site if it has not started yet).</summary>
    internal static ContentRebuilder Rebuilder(this SiteFactory site) => site.Services.GetRequiredService<ContentRebuilder>();

    /// <summary>The file's text with its front-matter title replaced.</summary>
    public static string WithTitle(string text, string title) => TitleLine().Replace(text, "title: " + title, 1);

    /// <summary>Polls until <paramref name="condition"/> holds; fails after <see cref="Patience"/>. Returns how long it took.</summary>
    public static async Task<TimeSpan> EventuallyAsync(Func<Task<bool>> condition, string because)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Patience)
            {
                throw new Xunit.Sdk.XunitException($"Not true after {Patience.TotalSeconds:0} s: {because}");
            }

            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    /// <summary>The text of the article page's h1, or null when it is not served.</summary>
    public static async Task<string?> ArticleTitleAsync(this SiteFactory site)
    {
        var (response, document) = await site.GetPageAsync(ArticlePath);
        return response.IsSuccessStatusCode ? document.QuerySelector("h1")?.TextContent : null;
    }

    /// <summary>Waits until the site has rebuilt after <paramref name="since"/> rebuilds, and the folder has gone quiet.</summary>
    internal static async Task WaitForRebuildAsync(this SiteFactory site, long since)
    {
        var rebuilder = site.Rebuilder();
        await EventuallyAsync(() => Task.FromResult(rebuilder.RebuildCount > since), "the content was rebuilt after the save");
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
