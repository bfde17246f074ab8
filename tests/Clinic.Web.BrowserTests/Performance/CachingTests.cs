using System.Text.RegularExpressions;
using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Performance;

/// <summary>A returning reader on a slow line does not download the stylesheet again.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed partial class CachingTests(LiveSite site)
{
    [Fact]
    public async Task The_stylesheet_address_carries_its_version_and_is_cached_for_a_year_while_unversioned_files_are_revalidated()
    {
        var home = await site.Http.GetStringAsync(new Uri("/", UriKind.Relative));
        var href = StylesheetHref().Match(home).Groups[1].Value;
        href.Should().MatchRegex(@"^/css/site\.css\?v=[\w-]+$", "the layout fingerprints the stylesheet");

        using var css = await site.Http.GetAsync(new Uri(href, UriKind.Relative));
        css.Headers.CacheControl!.ToString().Should().Contain("max-age=31536000").And.Contain("immutable");
        using var icon = await site.Http.GetAsync(new Uri("/favicon.svg", UriKind.Relative));
        icon.Headers.CacheControl!.NoCache.Should().BeTrue("a file without a version in its address may change");
        icon.Headers.ETag.Should().NotBeNull("revalidation needs a validator");
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetHref();
}
