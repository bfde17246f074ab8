using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Clinic.Web.Performance;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Web.Tests.Serving;

/// <summary>Pages come from memory: conditional requests answer 304, compressed bodies are the same page, caching headers fit each kind of file.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class RenderCacheTests(ShippedSiteFixture fixture)
{
    private const string Page = "/articles/how-ketamine-works";

    [Theory]
    [InlineData(Page)]
    [InlineData("/")]
    [InlineData("/faq")]
    [InlineData("/research")]
    public async Task A_browser_holding_the_page_gets_304_without_a_body(string path)
    {
        using var client = fixture.Site.CreateClient();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var etag = first.Headers.ETag;
        etag.Should().NotBeNull();
        etag!.IsWeak.Should().BeFalse("the ETag names these exact bytes");

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(again);

        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await revalidated.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        revalidated.Headers.ETag.Should().Be(etag);
        revalidated.Headers.GetValues("Content-Security-Policy").Should().ContainSingle("a 304 carries the security headers too");
    }

    [Fact]
    public async Task A_stale_etag_gets_the_whole_page()
    {
        using var client = fixture.Site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Page, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-version\""));
        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<h1");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_compressed_page_is_the_same_page_with_its_own_etag(string coding)
    {
        using var client = fixture.Site.CreateClient();
        using var plain = await client.GetAsync(new Uri(Page, UriKind.Relative));
        var identity = await plain.Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Page, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd(coding);
        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentEncoding.Should().Equal(coding);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        response.Content.Headers.ContentLength.Should().Be(compressed.Length);
        compressed.Length.Should().BeLessThan(identity.Length / 3, "HTML compresses well");
        Decompress(compressed, coding).Should().Equal(identity);
        response.Headers.ETag.Should().NotBe(plain.Headers.ETag, "each coding is a different representation");
        response.Content.Headers.ContentType!.ToString().Should().Be(plain.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Brotli_is_preferred_and_a_refused_coding_is_never_sent()
    {
        using var client = fixture.Site.CreateClient();
        (await CodingFor(client, "gzip, deflate, br")).Should().Be("br");
        (await CodingFor(client, "br;q=0, gzip")).Should().Be("gzip");
        (await CodingFor(client, "identity")).Should().BeNull();
        (await CodingFor(client, "*;q=0")).Should().BeNull();
    }

    [Fact]
    public async Task Pages_are_revalidated_and_versioned_assets_are_kept_for_a_year()
    {
        using var client = fixture.Site.CreateClient();
        using var page = await client.GetAsync(new Uri(Page, UriKind.Relative));
        page.Headers.CacheControl!.ToString().Should().Be(RenderCachePolicy.PageCacheControl);

        var html = await page.Content.ReadAsStringAsync();
        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        stylesheet.Should().NotBeEmpty();
        using var css = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        css.Headers.CacheControl!.ToString().Should().Be("public, max-age=31536000, immutable");
        using var unversioned = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        unversioned.Headers.CacheControl!.ToString().Should().Be("public, no-cache");
    }

    [Theory]
    [InlineData("/research")]
    [InlineData("/favicon.svg")]
    public async Task A_repeat_request_is_served_from_memory_with_identical_bytes_and_headers(string path)
    {
        // A site of its own, so that the first request here is the one that renders.
        using var site = new SiteFactory();
        using var client = site.CreateClient();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var renders = site.Services.GetRequiredService<RenderCache>().RenderCount;
        using var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        site.Services.GetRequiredService<RenderCache>().RenderCount.Should().Be(renders, "the second answer is not rendered again");
        (await second.Content.ReadAsByteArrayAsync()).Should().Equal(await first.Content.ReadAsByteArrayAsync());
        Headers(second).Should().BeEquivalentTo(Headers(first));
    }

    [Fact]
    public async Task Missing_pages_get_the_404_page_from_memory_and_a_query_page_is_not_cached()
    {
        using var client = fixture.Site.CreateClient();
        using var missing = await client.GetAsync(new Uri("/articles/no-such-article", UriKind.Relative));
        using var other = await client.GetAsync(new Uri("/nothing-here", UriKind.Relative));

        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).Should().Be(await missing.Content.ReadAsStringAsync()).And.Contain("could not find");
    }

    [Fact]
    public async Task A_head_request_before_any_get_still_gets_the_page_headers()
    {
        using var site = new SiteFactory();
        using var client = site.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/research", UriKind.Relative)));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await client.GetStringAsync(new Uri("/research", UriKind.Relative))).Should().Contain("<h1");
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_of_the_page_without_its_body()
    {
        using var client = fixture.Site.CreateClient();
        using var get = await client.GetAsync(new Uri("/faq", UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/faq", UriKind.Relative)));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        head.Headers.ETag.Should().Be(get.Headers.ETag);
        head.Content.Headers.ContentLength.Should().Be((await get.Content.ReadAsByteArrayAsync()).Length);
    }

    private static async Task<string?> CodingFor(HttpClient client, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Page, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Content.Headers.ContentEncoding.SingleOrDefault();
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key != "Date")
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value));

    internal static byte[] Decompress(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
