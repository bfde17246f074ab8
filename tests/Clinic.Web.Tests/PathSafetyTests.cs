using System.Net;

namespace Clinic.Web.Tests;

[Collection(ShippedSiteCollection.Name)]
public sealed class PathSafetyTests(ShippedSiteFixture fixture)
{
    public static TheoryData<string> UnknownOrEscapingPaths() => new()
    {
        "/articles/no-such-article",
        "/articles/How-Ketamine-Works",
        "/articles/..%2F..%2Fsite.yaml",
        "/articles/%2e%2e%2fsite.yaml",
        "/articles/..%5C..%5Csite.yaml",
        "/diagrams/..%2Fsite.yaml",
        "/diagrams/missing.svg",
        "/content/site.yaml",
        "/css/..%2F..%2Fappsettings.json",
        "/appsettings.json",
        "/articles/" + new string('a', 2000),
        "/" + new string('x', 3000),
    };

    [Theory]
    [MemberData(nameof(UnknownOrEscapingPaths))]
    public async Task Unknown_and_escaping_paths_answer_404_in_the_sites_own_layout(string path)
    {
        var (response, document) = await fixture.Site.GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        document.QuerySelector("h1")!.TextContent.Should().Be("We could not find that page");
        document.QuerySelector("footer .disclaimer").Should().NotBeNull();
        document.QuerySelector(".crisis-notice")!.TextContent.Should().Contain("988");
    }
}
