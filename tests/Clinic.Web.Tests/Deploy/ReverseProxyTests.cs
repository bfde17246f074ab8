using Clinic.Web.Tests.Http;

namespace Clinic.Web.Tests.Deploy;

/// <summary>
/// deploy/nginx-proxy.conf in front of the live site: every answer that reaches a client carries the site's security
/// headers, once each, whether the site, Kestrel (its own 431) or nginx (its own 400, 405, 414, 505) wrote it.
/// </summary>
public sealed class ReverseProxyTests(ProxiedSite proxy) : IClassFixture<ProxiedSite>
{
    private static readonly string[] SecurityHeaders =
    [
        "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy",
        "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy",
    ];

    /// <summary>Who wrote an answer, told apart by its body: nginx's own error page, Kestrel's empty rejection, or the site's page.</summary>
    public enum Author
    {
        Nginx,
        Kestrel,
        Site,
    }

    public static TheoryData<string, string> HostileRequests() => HostileRequestTests.Requests();

    public static TheoryData<string, string, int, Author> Rejections() => new()
    {
        { "URL over the limit", RawHttp.Request("GET", "/" + new string('a', 9000)), 414, Author.Nginx },
        { "header over the limit", RawHttp.Request("GET", "/", headers: "X-Big: " + new string('b', 40_000)), 400, Author.Nginx },
        { "HTTP/2.0 in a 1.1 line", RawHttp.Request("GET", "/", version: "HTTP/2.0"), 505, Author.Nginx },
        { "bad request line", "\u0001\u0002 not http at all\r\n\r\n", 400, Author.Nginx },
        { "TRACE", RawHttp.Request("TRACE", "/faq"), 405, Author.Nginx },
        { "200 headers", RawHttp.Request("GET", "/", headers: [.. Enumerable.Range(0, 200).Select(i => $"X-H{i}: h")]), 431, Author.Kestrel },
        { "PROPFIND", RawHttp.Request("PROPFIND", "/faq", headers: "Content-Length: 0"), 405, Author.Site },
        { "HTTP/1.2", RawHttp.Request("GET", "/faq", version: "HTTP/1.2"), 200, Author.Site },
    };

    [NginxTheory]
    [MemberData(nameof(Rejections))]
    public async Task Nginx_and_kestrel_rejections_carry_the_sites_security_headers(string name, string request, int status, Author author)
    {
        var response = await RawHttp.SendAsync(proxy.Https, request);

        response.Status.Should().Be(status, name);
        AuthorOf(response).Should().Be(author, name);
        ShouldCarryTheSitesHeaders(response, name);
    }

    [NginxTheory]
    [MemberData(nameof(HostileRequests))]
    public async Task Every_hostile_request_through_the_proxy_gets_the_security_headers_and_no_5xx(string name, string request)
    {
        var response = await RawHttp.SendAsync(proxy.Https, request);
        if (request.StartsWith("GET /\r\n", StringComparison.Ordinal))
        {
            (response.Status, response.Headers.Count, response.Body).Should().Be((0, 0, string.Empty), "an HTTP/0.9 answer could carry no headers, so none is sent");
            return;
        }

        response.Status.Should().BeInRange(200, name.StartsWith("HTTP/", StringComparison.Ordinal) ? 505 : 499, name);
        response.Status.Should().NotBeInRange(500, 504, name);
        ShouldCarryTheSitesHeaders(response, name);
    }

    [NginxFact(brotli: false)]
    public async Task Pages_come_through_over_tls_with_hsts_and_plain_http_is_redirected()
    {
        var page = await RawHttp.SendAsync(proxy.Https, RawHttp.Request("GET", "/faq", host: "clinic.example"));
        var plain = await RawHttp.SendAsync(proxy.Http, RawHttp.Request("GET", "/faq?x=1", host: "clinic.example"));

        page.Status.Should().Be(200, "the site believes the proxy's X-Forwarded-Proto, so it does not redirect");
        page.Text().Should().Contain("class=\"disclaimer\"");
        page.Headers.Where(h => h.Name.Equals("Strict-Transport-Security", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)
            .Should().Equal("max-age=31536000; includeSubDomains");
        ShouldCarryTheSitesHeaders(page, "page");
        plain.Status.Should().Be(301);
        plain.Header("Location").Should().Be("https://clinic.example/faq?x=1");
        plain.Header("Strict-Transport-Security").Should().BeNull("HSTS means nothing over plain HTTP");
        ShouldCarryTheSitesHeaders(plain, "redirect");
    }

    private static Author AuthorOf(RawResponse response) =>
        response.Body.Contains("<center>nginx</center>", StringComparison.Ordinal) ? Author.Nginx
        : response.Body.Length == 0 && response.Header("Content-Length") == "0" ? Author.Kestrel
        : Author.Site;

    /// <summary>Each security header once, with the value the site itself sends (so the proxy's copy cannot drift), and no Server: Kestrel.</summary>
    private void ShouldCarryTheSitesHeaders(RawResponse response, string name)
    {
        foreach (var header in SecurityHeaders)
        {
            response.Headers.Where(h => h.Name.Equals(header, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)
                .Should().Equal([proxy.Direct.Header(header)!], $"{name}: {header}");
        }

        response.Header("Server").Should().BeOneOf([null, "nginx"], $"{name}: no Server: Kestrel, no nginx version");
    }
}
