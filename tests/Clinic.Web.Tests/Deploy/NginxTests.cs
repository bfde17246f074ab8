using System.Net;
using System.Net.Http.Headers;

namespace Clinic.Web.Tests.Deploy;

/// <summary>Real nginx with deploy/nginx.conf serves the export as the live site serves the same content.</summary>
[Collection(ExportedSiteCollection.Name)]
public sealed class NginxTests(ExportedSiteFixture export)
{
    // Headers that name the server, the moment or the file rather than the page: they differ between any two servers.
    private static readonly HashSet<string> ServerSpecific = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Server", "ETag", "Last-Modified", "Content-Length", "Accept-Ranges", "Connection", "Keep-Alive", "Transfer-Encoding",
    };

    [NginxFact]
    public async Task Every_sitemap_address_answers_200_with_the_live_body_and_headers()
    {
        using var nginx = await StartAsync();
        using var site = new HttpClient { BaseAddress = nginx.BaseAddress };
        using var live = export.Live.CreateClient();
        var addresses = (await export.Live.SitemapPathsAsync()).Concat(export.Pages.Select(SiteExport.AddressOf).Where(a => a != "/404")).Distinct().ToList();
        addresses.Should().Contain("/faq");

        foreach (var address in addresses.Append(await StylesheetAsync(live)))
        {
            using var fromNginx = await site.GetAsync(new Uri(address, UriKind.Relative));
            using var fromSite = await live.GetAsync(new Uri(address, UriKind.Relative));

            fromNginx.StatusCode.Should().Be(HttpStatusCode.OK, address);
            (await fromNginx.Content.ReadAsByteArrayAsync()).Should().Equal(await fromSite.Content.ReadAsByteArrayAsync(), address);
            PageHeaders(fromNginx).Should().BeEquivalentTo(Expected(address, PageHeaders(fromSite)), $"{address} has the live site's headers");
        }
    }

    [NginxFact]
    public async Task Compressed_variants_are_served_to_browsers_that_accept_them()
    {
        using var nginx = await StartAsync();
        using var site = new HttpClient { BaseAddress = nginx.BaseAddress };
        using var live = export.Live.CreateClient();
        foreach (var coding in new[] { "br", "gzip" })
        {
            foreach (var address in new[] { "/", "/faq", "/research", (await export.Live.SitemapPathsAsync()).First(p => p.StartsWith("/articles/", StringComparison.Ordinal)) })
            {
                using var fromNginx = await SendAsync(site, address, coding);
                using var fromSite = await SendAsync(live, address, coding);

                fromNginx.Content.Headers.ContentEncoding.Should().Equal([coding], address);
                (await fromNginx.Content.ReadAsByteArrayAsync()).Should().Equal(await fromSite.Content.ReadAsByteArrayAsync(), address);
                PageHeaders(fromNginx).Should().BeEquivalentTo(PageHeaders(fromSite), address);
            }
        }
    }

    [NginxFact]
    public async Task A_missing_address_gets_the_sites_404_page_with_its_headers()
    {
        using var nginx = await StartAsync();
        using var site = new HttpClient { BaseAddress = nginx.BaseAddress };
        using var live = export.Live.CreateClient();

        using var fromNginx = await site.GetAsync(new Uri("/articles/no-such-page", UriKind.Relative));
        using var fromSite = await live.GetAsync(new Uri("/articles/no-such-page", UriKind.Relative));

        fromNginx.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fromNginx.Content.ReadAsByteArrayAsync()).Should().Equal(await fromSite.Content.ReadAsByteArrayAsync());
        PageHeaders(fromNginx).Should().BeEquivalentTo(PageHeaders(fromSite));
        (await site.GetAsync(new Uri("/.clinic-export", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private Task<NginxServer> StartAsync() => NginxServer.StartAsync(export.Folder);

    private static async Task<string> StylesheetAsync(HttpClient live)
    {
        var html = await live.GetStringAsync(new Uri("/", UriKind.Relative));
        return System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string address, string coding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        return client.SendAsync(request);
    }

    /// <summary>The live headers, except that the export's search page may compile Pagefind's WebAssembly.</summary>
    private static Dictionary<string, string> Expected(string address, Dictionary<string, string> live)
    {
        if (address == "/search")
        {
            live["content-security-policy"] = live["content-security-policy"].Replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", StringComparison.Ordinal);
        }

        return live;
    }

    private static Dictionary<string, string> PageHeaders(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => !ServerSpecific.Contains(h.Key))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
}
