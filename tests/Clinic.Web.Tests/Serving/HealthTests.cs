using System.Net;

namespace Clinic.Web.Tests.Serving;

/// <summary>Probes get a plain, uncached answer and leave no trace in the log.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class HealthTests(ShippedSiteFixture fixture)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task A_probe_gets_200_uncached_and_is_not_logged(string path)
    {
        using var response = await fixture.Site.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().StartWith("Healthy");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        fixture.Site.Logs.Entries.Should().NotContain(e => e.Category == "Clinic.Web.Requests" && e.Message.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readiness_says_how_many_articles_are_loaded()
    {
        using var response = await fixture.Site.GetAsync("/healthz/ready");
        var articles = (await fixture.Site.SitemapPathsAsync()).Count(p => p.StartsWith("/articles/", StringComparison.Ordinal));

        (await response.Content.ReadAsStringAsync()).Should().StartWith($"Healthy: {articles} articles loaded at ");
    }
}
