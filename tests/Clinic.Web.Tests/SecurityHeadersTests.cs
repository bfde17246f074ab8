using System.Net;

namespace Clinic.Web.Tests;

[Collection(ShippedSiteCollection.Name)]
public sealed class SecurityHeadersTests(ShippedSiteFixture fixture)
{
    public static TheoryData<string> Responses() => new()
    {
        "/", "/faq", "/research", "/sitemap.xml", "/robots.txt", "/css/site.css", "/no-such-page", "/articles/x%2F..",
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_sets_no_cookie(string path)
    {
        var response = await fixture.Site.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'none'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'");
        csp.Should().NotContain("unsafe-inline").And.NotContain("http");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer");
        response.Headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task Pages_load_nothing_from_other_sites()
    {
        foreach (var path in await fixture.Site.SitemapPathsAsync())
        {
            var (_, document) = await fixture.Site.GetPageAsync(path);

            var sources = document.QuerySelectorAll("script[src], link[href], img[src], iframe, video, audio, object, embed")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.LocalName)
                .Where(s => !(s.StartsWith('/') && !s.StartsWith("//", StringComparison.Ordinal)))
                .Where(s => !s.StartsWith("https://science.northfield-clinic.example/", StringComparison.Ordinal));
            sources.Should().BeEmpty(path);
            document.QuerySelectorAll("script:not([type='application/ld+json'])").Should().BeEmpty(path);
        }
    }
}
