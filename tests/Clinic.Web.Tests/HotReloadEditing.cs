using System.Diagnostics;
using System.Text.RegularExpressions;
using Clinic.Web.ContentHosting;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Web.Tests;

/// <summary>What the hot-reload tests do to a running site: edit its content files and wait for the rebuild that shows the result.</summary>
public static partial class HotReloadEditing
{
    /// <summary>When a test gives up waiting for a rebuild (a failure, not a timing assert): a change normally shows up in well under a second.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public const string Article = "articles/ketamine-safety.md";
    public const string ArticlePath = "/articles/ketamine-safety";
    public const string ShippedTitle = "Ketamine safety, side effects and who should not take it";

    /// <summary>A half-finished save, written out whole: its review date does not exist, so the page cannot be published.</summary>
    public const string BrokenSave = """
        ---
        title: Half-saved
        summary: A save caught half way.
        author: Science writing team
        reviewer: Medical Director, MD
        reviewed: 2026-02-31
        ---

        Ketamine is a medicine.
        """;

    /// <summary>The running site's rebuilder (starting the site if it has not started yet).</summary>
    internal static ContentRebuilder Rebuilder(this SiteFactory site) => site.Services.GetRequiredService<ContentRebuilder>();

    /// <summary>The file's text with its front-matter title replaced.</summary>
    public static string WithTitle(string text, string title) => TitleLine().Replace(text, "title: " + title, 1);

    /// <summary>
    /// Checks <paramref name="condition"/> now and again after each of the site's rebuilds until it holds; fails when no
    /// rebuild makes it true within <see cref="Patience"/>. Returns how long it took.
    /// </summary>
    public static async Task<TimeSpan> EventuallyAsync(this SiteFactory site, Func<Task<bool>> condition, string because)
    {
        using var signal = new RebuildSignal(site.Rebuilder());
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // Taken before the check, so a rebuild that lands between the check and the wait is not missed.
            var rebuilt = signal.Next;
            if (await condition())
            {
                return clock.Elapsed;
            }

            try
            {
                await rebuilt.WaitAsync(Patience - clock.Elapsed);
            }
            catch (Exception ex) when (ex is TimeoutException or ArgumentOutOfRangeException)
            {
                throw new Xunit.Sdk.XunitException($"Not true after {Patience.TotalSeconds:0} s of rebuilds: {because}");
            }
        }
    }

    /// <summary>The text of the article page's h1, or null when it is not served.</summary>
    public static async Task<string?> ArticleTitleAsync(this SiteFactory site)
    {
        var (response, document) = await site.GetPageAsync(ArticlePath);
        return response.IsSuccessStatusCode ? document.QuerySelector("h1")?.TextContent : null;
    }

    /// <summary>Waits until the site has rebuilt more than <paramref name="since"/> times.</summary>
    internal static async Task WaitForRebuildAsync(this SiteFactory site, long since)
    {
        var rebuilder = site.Rebuilder();
        await site.EventuallyAsync(() => Task.FromResult(rebuilder.RebuildCount > since), "the content was rebuilt after the save");
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
