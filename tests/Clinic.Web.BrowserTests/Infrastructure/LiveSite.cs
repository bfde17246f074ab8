using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>
/// The site on Kestrel and one headless Chromium, started once for the whole run; each scenario opens its own
/// browser context (own viewport, colour scheme, cookies) on the shared browser.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class LiveSite : IAsyncLifetime
{
    private readonly LiveSiteFactory factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The site's own origin, e.g. http://127.0.0.1:41234.</summary>
    public Uri Origin { get; private set; } = null!;

    /// <summary>The site-relative path of every page in sitemap.xml.</summary>
    public IReadOnlyList<string> SitemapPaths { get; private set; } = [];

    /// <summary>A path the site does not have, for its 404 page.</summary>
    public const string MissingPath = "/no-such-page";

    /// <summary>A search results page (not in the sitemap: results are not pages to index).</summary>
    public const string SearchPath = "/search?q=ketamine+treatments";

    /// <summary>Every page a reader can reach: the sitemap, a search results page and the 404 page.</summary>
    public IReadOnlyList<string> AllPages => [.. SitemapPaths, SearchPath, MissingPath];

    public IBrowser Browser => browser ?? throw new InvalidOperationException(Chromium.MissingReason);

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        Origin = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        Http = new HttpClient { BaseAddress = Origin };
        SitemapPaths = await ReadSitemapAsync();
        if (Chromium.IsAvailable)
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        }
    }

    public Uri Url(string path) => new(Origin, path);

    /// <summary>A fresh context (no cookies, no cache) with the given viewport width and colour scheme.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            ReducedMotion = ReducedMotion.Reduce,
        });

    /// <summary>Loads a page and waits until it has finished loading.</summary>
    public async Task<IResponse?> GotoAsync(IPage page, string path) =>
        await page.GotoAsync(Url(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        Http?.Dispose();
        await factory.DisposeAsync();
    }

    private async Task<IReadOnlyList<string>> ReadSitemapAsync()
    {
        var xml = XDocument.Parse(await Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        return [.. xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath)];
    }
}
