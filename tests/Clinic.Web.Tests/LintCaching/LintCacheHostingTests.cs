using System.Net;
using Clinic.Web.Tests.Deploy;

namespace Clinic.Web.Tests.LintCaching;

/// <summary>The site and the export both read and write the lint cache named by <c>Content:LintCache</c>.</summary>
public sealed class LintCacheHostingTests : IDisposable
{
    private const string BannedPage = "articles/cache-banned.md";

    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly string folder = Directory.CreateTempSubdirectory("lint-cache-hosting-").FullName;

    private string CacheFile => Path.Combine(folder, "lint-cache.json");

    public void Dispose()
    {
        content.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_restarted_site_takes_every_page_from_the_cache_and_still_withholds_a_banned_page()
    {
        content.Write(BannedPage, TempContent.ArticleText("Ketamine cures depression in just a few sessions."));
        using (var first = new SiteFactory(content.Root) { Settings = { ["Content:LintCache"] = CacheFile } })
        {
            (await first.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var second = new SiteFactory(content.Root) { Settings = { ["Content:LintCache"] = CacheFile } };

        (await second.GetAsync("/articles/cache-banned")).StatusCode.Should().Be(HttpStatusCode.NotFound, "its error finding came from the cache");
        (await second.GetAsync(HotReloadEditing.ArticlePath)).StatusCode.Should().Be(HttpStatusCode.OK);
        var pages = Directory.GetFiles(content.PathOf("articles"), "*.md").Length + 1;
        second.Logs.Entries.Should().Contain(e => e.Message.StartsWith($"Claim lint: {pages} of {pages} pages from the lint cache", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_export_from_a_warm_cache_refuses_the_same_errors_and_writes_the_same_files()
    {
        content.Write(BannedPage, TempContent.ArticleText("Ketamine cures depression in just a few sessions."));
        var cache = "--Content:LintCache=" + CacheFile;
        var refused = await SiteExport.RunAsync(content.Root, Path.Combine(folder, "refused-1"), cache);
        var refusedAgain = await SiteExport.RunAsync(content.Root, Path.Combine(folder, "refused-2"), cache);

        refused.ExitCode.Should().Be(1);
        refusedAgain.ExitCode.Should().Be(1, "the error came from the cache this time");
        refusedAgain.Error.Should().Be(refused.Error).And.Contain("content/" + BannedPage);

        File.Delete(content.PathOf(BannedPage));
        var cached = await SiteExport.RunAsync(content.Root, Path.Combine(folder, "cached"), cache);
        var uncached = await SiteExport.RunAsync(content.Root, Path.Combine(folder, "uncached"));

        cached.ExitCode.Should().Be(0, cached.Error);
        uncached.ExitCode.Should().Be(0, uncached.Error);
        Files(Path.Combine(folder, "cached")).Should().Equal(Files(Path.Combine(folder, "uncached")));
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(root, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))];
}
