using System.Net;
using AngleSharp.Html.Parser;
using Clinic.Web.Security;

namespace Clinic.Web.Tests.Http;

/// <summary>What the site answers to requests other than a plain GET of a page: methods, HEAD, ranges and error addresses.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class HttpHygieneTests(ShippedSiteFixture fixture)
{
    private const string Diagram = "/diagrams/ketamine-cascade.svg";

    public static TheoryData<string> GetAddresses() => new()
    {
        "/", "/faq", "/research", "/articles/ketamine-safety", "/sitemap.xml", "/robots.txt", Diagram, "/css/site.css", "/favicon.svg", "/no-such-page",
    };

    [Fact]
    public async Task The_error_page_requested_directly_answers_404_in_the_sites_layout()
    {
        var response = await fixture.Site.GetAsync("/error");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await ShouldCarryTheLayoutAsync(response);
    }

    [Theory]
    [InlineData("TRACE", "/faq")]
    [InlineData("TRACE", "/")]
    [InlineData("POST", "/articles/ketamine-safety")]
    [InlineData("PUT", "/sitemap.xml")]
    [InlineData("DELETE", Diagram)]
    [InlineData("OPTIONS", "/")]
    [InlineData("PROPFIND", "/css/site.css")]
    [InlineData("BREW", "/error")]
    public async Task Other_methods_answer_405_with_an_allow_header_and_the_sites_page(string method, string path)
    {
        var response = await fixture.Site.SendAsync(new HttpMethod(method), path);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
        await ShouldCarryTheLayoutAsync(response);
    }

    [Theory]
    [MemberData(nameof(GetAddresses))]
    public async Task Head_answers_wherever_get_does_with_the_same_status_and_headers_and_no_body(string path)
    {
        var get = await fixture.Site.GetAsync(path);
        var body = await get.Content.ReadAsByteArrayAsync();
        var head = await fixture.Site.SendAsync(HttpMethod.Head, path);

        head.StatusCode.Should().Be(get.StatusCode);
        head.Content.Headers.ContentType.Should().Be(get.Content.Headers.ContentType);
        if (head.Content.Headers.ContentLength is { } length)
        {
            length.Should().Be(body.Length, "a HEAD's Content-Length is the length its GET sends");
        }

        head.Headers.ETag.Should().Be(get.Headers.ETag);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        head.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData(Diagram)]
    public async Task An_unsatisfiable_range_answers_416_with_the_files_length(string path)
    {
        var length = (await (await fixture.Site.GetAsync(path)).Content.ReadAsByteArrayAsync()).Length;

        var response = await fixture.Site.SendAsync(HttpMethod.Get, path, ("Range", "bytes=999999-"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestedRangeNotSatisfiable);
        response.Content.Headers.ContentRange!.ToString().Should().Be($"bytes */{length}");
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
    }

    [Fact]
    public async Task A_satisfiable_range_of_a_diagram_answers_206()
    {
        var response = await fixture.Site.SendAsync(HttpMethod.Get, Diagram, ("Range", "bytes=0-9"));

        response.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await response.Content.ReadAsByteArrayAsync()).Should().HaveCount(10);
    }

    [Theory]
    [InlineData("/js/live-reload.js")]
    [InlineData("/js//live-reload.js")]
    [InlineData("//js/live-reload.js")]
    [InlineData("/JS/Live-Reload.JS")]
    [InlineData("/js/./live-reload.js")]
    [InlineData("/js/x/../live-reload.js")]
    [InlineData("/js/%6Cive-reload.js")]
    [InlineData("/js%2Flive-reload.js")]
    [InlineData("/js/live-reload.js/")]
    [InlineData("/_content/changes")]
    public async Task The_live_reload_script_is_absent_in_production_under_any_spelling(string path)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            var response = await fixture.Site.SendAsync(method, path);

            response.StatusCode.Should().NotBe(HttpStatusCode.OK, $"{method} {path}");
            (await response.Content.ReadAsStringAsync()).Should().NotContain("EventSource");
        }
    }

    [Fact]
    public async Task Permissions_policy_switches_off_every_listed_feature_and_names_no_withdrawn_one()
    {
        var header = (await fixture.Site.GetAsync("/")).Headers.GetValues("Permissions-Policy").Single();

        var entries = header.Split(", ");
        entries.Should().OnlyContain(e => e.EndsWith("=()", StringComparison.Ordinal)).And.OnlyHaveUniqueItems();
        entries.Select(e => e[..^3]).Should().BeEquivalentTo(PermissionsPolicy.Disabled);
        entries.Select(e => e[..^3]).Should().Contain(["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "local-network-access"]);
        entries.Select(e => e[..^3]).Should().NotContain(["interest-cohort", "document-domain", "vr", "battery", "ambient-light-sensor", "speaker"]);
    }

    private static async Task ShouldCarryTheLayoutAsync(HttpResponseMessage response)
    {
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        document.QuerySelector("h1").Should().NotBeNull();
        document.QuerySelector("footer .disclaimer").Should().NotBeNull();
        document.QuerySelector(".crisis-notice")!.TextContent.Should().Contain("988");
    }
}
