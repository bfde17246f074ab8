using System.Net;
using Microsoft.Extensions.Logging;

namespace Clinic.Web.Tests.Http;

/// <summary>The site on real Kestrel: no Server header, escaped request logs, and trust in forwarded headers only from the configured proxy.</summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task No_response_names_the_server()
    {
        using var site = new SiteFactory();
        var server = site.StartKestrel();

        foreach (var request in new[] { RawHttp.Request("GET", "/"), RawHttp.Request("GET", "/nope"), RawHttp.Request("GET", "/x", version: "HTTP/1.7") })
        {
            var response = await RawHttp.SendAsync(server, request);

            response.Status.Should().BeGreaterThan(0);
            response.Header("Server").Should().BeNull(request);
        }
    }

    [Fact]
    public async Task A_line_break_in_the_path_cannot_forge_a_log_line()
    {
        using var site = new SiteFactory();
        var server = site.StartKestrel();

        var response = await RawHttp.SendAsync(server, RawHttp.Request("GET", "/%0aFAKE-LOG-LINE%0d%0a%1b[31mRED"));

        response.Status.Should().Be(404);
        var requests = site.Logs.Entries.Where(e => e.Category == "Clinic.Web.Requests").Select(e => e.Message).ToList();
        requests.Should().Contain(m => m.Contains("/\\nFAKE-LOG-LINE\\r\\n\\u001b[31mRED", StringComparison.Ordinal));
        requests.Should().NotContain(m => m.Any(char.IsControl), "the request log never carries the client's control characters");
    }

    [Fact]
    public async Task Behind_the_configured_proxy_plain_http_is_redirected_and_https_gets_hsts_with_subdomains()
    {
        using var site = new SiteFactory { Settings = { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" } };
        var server = site.StartKestrel();

        var plain = await RawHttp.SendAsync(server, RawHttp.Request("GET", "/faq?x=1", host: "science.example", headers: "X-Forwarded-Proto: http"));
        var tls = await RawHttp.SendAsync(server, RawHttp.Request("GET", "/faq", host: "science.example", headers: "X-Forwarded-Proto: https"));

        plain.Status.Should().Be(308);
        plain.Header("Location").Should().Be("https://science.example/faq?x=1");
        tls.Status.Should().Be(200);
        tls.Header("Strict-Transport-Security").Should().Be("max-age=31536000; includeSubDomains");
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_the_configured_proxy_are_ignored()
    {
        using var site = new SiteFactory { Settings = { ["ReverseProxy:KnownProxies:0"] = "10.9.8.7" } };
        var server = site.StartKestrel();

        var response = await RawHttp.SendAsync(server, RawHttp.Request("GET", "/faq", host: "science.example", headers: "X-Forwarded-Proto: https"));

        response.Status.Should().Be(308, "the request really came over plain HTTP");
        response.Header("Strict-Transport-Security").Should().BeNull();
    }

    [Fact]
    public async Task Without_a_configured_proxy_forwarded_headers_are_ignored_and_nothing_redirects()
    {
        using var site = new SiteFactory();
        var server = site.StartKestrel();

        var response = await RawHttp.SendAsync(server, RawHttp.Request("GET", "/faq", headers: "X-Forwarded-Proto: https"));

        response.Status.Should().Be(200);
        response.Header("Strict-Transport-Security").Should().BeNull("loopback is not trusted unless configured");
    }

    [Fact]
    public async Task In_development_there_is_no_hsts_even_behind_the_proxy()
    {
        using var content = TempContent.CopyOfShipped();
        using var site = new SiteFactory(content.Root, "Development") { Settings = { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" } };
        var server = site.StartKestrel();

        var response = await RawHttp.SendAsync(server, RawHttp.Request("GET", "/faq", headers: "X-Forwarded-Proto: https"));

        response.Status.Should().Be(200);
        response.Header("Strict-Transport-Security").Should().BeNull();
    }
}
