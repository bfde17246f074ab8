using System.Net;
using Clinic.Web.Tests.Serving;

namespace Clinic.Web.Tests.Deploy;

/// <summary>The export is the live Production site as files: same bytes, same compressed bytes, every page, the 404 page.</summary>
[Collection(ExportedSiteCollection.Name)]
public sealed class ExportTests(ExportedSiteFixture export)
{
    [Fact]
    public async Task Every_page_in_the_sitemap_and_every_file_it_needs_is_exported()
    {
        var exported = export.Pages.Select(SiteExport.AddressOf).ToHashSet();

        exported.Should().Contain(await export.Live.SitemapPathsAsync());
        exported.Should().Contain(["/sitemap.xml", "/robots.txt", "/css/site.css", "/favicon.svg", "/404"]);
        exported.Should().Contain(a => a.StartsWith("/diagrams/", StringComparison.Ordinal), "articles show diagrams");
        export.Output.Should().Contain(" files (").And.Contain(" unchanged, ");
    }

    [Fact]
    public async Task Every_exported_file_is_byte_for_byte_what_the_live_site_serves()
    {
        using var client = export.Live.CreateClient();
        foreach (var file in export.Pages.Where(f => f != "404.html"))
        {
            using var live = await client.GetAsync(new Uri(SiteExport.AddressOf(file), UriKind.Relative));
            live.StatusCode.Should().Be(HttpStatusCode.OK, file);
            (await live.Content.ReadAsByteArrayAsync()).Should().Equal(await File.ReadAllBytesAsync(Path.Combine(export.Folder, file)), file);
        }
    }

    [Fact]
    public async Task The_404_page_is_the_one_the_live_site_shows_for_a_missing_address()
    {
        using var live = await export.Live.GetAsync("/articles/no-such-page");

        live.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await File.ReadAllBytesAsync(Path.Combine(export.Folder, "404.html"))).Should().Equal(await live.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br", ".br")]
    [InlineData("gzip", ".gz")]
    public async Task Compressed_files_are_the_live_compressed_responses_and_decompress_to_the_page(string coding, string suffix)
    {
        using var client = export.Live.CreateClient();
        var pages = export.Pages.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)).ToList();
        pages.Should().NotBeEmpty();
        foreach (var file in pages)
        {
            var compressed = await File.ReadAllBytesAsync(Path.Combine(export.Folder, file + suffix));
            RenderCacheTests.Decompress(compressed, coding).Should().Equal(await File.ReadAllBytesAsync(Path.Combine(export.Folder, file)), file);

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(file == "404.html" ? "/no-such-page" : SiteExport.AddressOf(file), UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd(coding);
            using var live = await client.SendAsync(request);
            (await live.Content.ReadAsByteArrayAsync()).Should().Equal(compressed, file);
        }
    }

    [Fact]
    public async Task Export_is_refused_with_the_findings_listed_while_the_linter_reports_errors()
    {
        using var content = TempContent.CopyOfShipped();
        File.AppendAllText(content.PathOf("articles/ketamine-safety.md"), "\nOur clinic guarantees results for every patient.\n");
        var folder = Path.Combine(Path.GetDirectoryName(content.Root)!, "site");

        var (exit, _, error) = await SiteExport.RunAsync(content.Root, folder);

        exit.Should().Be(1);
        error.Should().Contain("refused").And.MatchRegex(@"content/articles/ketamine-safety\.md:\d+:\d+: error CL\d+");
        Directory.Exists(folder).Should().BeFalse("nothing is written when the export is refused");
    }

    [Fact]
    public async Task A_folder_the_export_did_not_write_is_never_replaced()
    {
        using var content = TempContent.CopyOfShipped();
        var (exit, _, error) = await SiteExport.RunAsync(content.Root, content.Root);

        exit.Should().Be(2);
        error.Should().Contain("not empty");
        File.Exists(content.PathOf("site.yaml")).Should().BeTrue();
    }
}
