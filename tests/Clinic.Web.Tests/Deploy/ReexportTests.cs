namespace Clinic.Web.Tests.Deploy;

/// <summary>
/// Exporting into an earlier export brings it up to date in place: files whose bytes did not change are not written
/// (their modification time stays, so rsync or <c>aws s3 sync</c> uploads only what changed), and what the content no
/// longer has is removed. The result is the same folder a fresh export writes.
/// </summary>
public sealed class ReexportTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Exporting_again_rewrites_only_what_changed_removes_what_is_gone_and_matches_a_fresh_export()
    {
        using var content = TempContent.CopyOfShipped();
        var parent = Path.GetDirectoryName(content.Root)!;
        var folder = Path.Combine(parent, "site");
        (await SiteExport.RunAsync(content.Root, folder)).ExitCode.Should().Be(0);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        // Since the first export: a page and a folder of pages the site no longer has, a damaged file, an edited article.
        Directory.CreateDirectory(Path.Combine(folder, "retired"));
        File.WriteAllText(Path.Combine(folder, "retired", "page.html"), "a page since deleted");
        File.WriteAllText(Path.Combine(folder, "articles", "retired-article.html"), "a page since deleted");
        File.WriteAllText(Path.Combine(folder, "favicon.svg"), "cut short");
        var article = content.PathOf("articles/ketamine-safety.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("Every medicine that can help", "Any medicine that can help", StringComparison.Ordinal));

        var (exit, output, error) = await SiteExport.RunAsync(content.Root, folder);

        exit.Should().Be(0, error);
        output.Should().MatchRegex(@"\d+ written, \d+ unchanged, 2 stale removed");
        Directory.Exists(Path.Combine(folder, "retired")).Should().BeFalse();
        File.Exists(Path.Combine(folder, "articles", "retired-article.html")).Should().BeFalse();
        var page = Path.Combine(folder, "articles", "ketamine-safety.html");
        File.ReadAllText(page).Should().Contain("Any medicine that can help");
        foreach (var changed in new[] { page, page + ".br", page + ".gz", Path.Combine(folder, "favicon.svg") })
        {
            File.GetLastWriteTimeUtc(changed).Should().NotBe(LongAgo, $"{changed} changed, so it is written");
        }

        foreach (var same in new[] { "robots.txt", "css/site.css", "css/site.css.br", "faq.html.gz", ".clinic-export" })
        {
            File.GetLastWriteTimeUtc(Path.Combine(folder, same)).Should().Be(LongAgo, $"{same} did not change, so it is not written");
        }

        // The same files with the same bytes as a fresh export of the edited content (which ExportTests compares with the live site).
        var fresh = Path.Combine(parent, "fresh");
        (await SiteExport.RunAsync(content.Root, fresh)).ExitCode.Should().Be(0);
        var files = Listing(folder);
        files.Should().Equal(Listing(fresh), "the same files and folders");
        foreach (var file in files.Where(f => File.Exists(Path.Combine(folder, f))))
        {
            File.ReadAllBytes(Path.Combine(folder, file)).Should().Equal(File.ReadAllBytes(Path.Combine(fresh, file)), file);
        }
    }

    private static List<string> Listing(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(folder, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
