using System.Net;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using static Clinic.Web.Tests.HotReloadEditing;

namespace Clinic.Web.Tests;

/// <summary>A running site follows edits to its content folder: good edits appear, broken ones never take a page down.</summary>
public sealed class HotReloadTests(ITestOutputHelper output) : IDisposable
{
    private const string BannedClaim = "\nKetamine cures depression in just a few sessions.\n";

    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task An_edit_is_served_on_the_next_load_after_the_reload()
    {
        using var site = new SiteFactory(content.Root);
        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        var path = Path.Combine(content.Root, Article);

        File.WriteAllText(path, WithTitle(File.ReadAllText(path), "Ketamine safety, rewritten"));
        var latency = await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Ketamine safety, rewritten", "the edited title is served");

        output.WriteLine($"Edit visible after {latency.TotalMilliseconds:0} ms");
        var (_, home) = await site.GetPageAsync("/");
        home.Body!.TextContent.Should().Contain("Ketamine safety, rewritten", "every page reads the new snapshot");
    }

    [Fact]
    public async Task In_production_a_broken_edit_keeps_the_last_good_page_and_logs_the_problem()
    {
        using var site = new SiteFactory(content.Root);
        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        var path = Path.Combine(content.Root, Article);
        var good = File.ReadAllText(path);

        File.WriteAllText(path, BrokenSave);
        await site.Logs.WhenLogged("Still serving the last good version of content/articles/ketamine-safety.md").WaitAsync(Patience); // the held-back page is logged

        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        site.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.StartsWith("content/articles/ketamine-safety.md:", StringComparison.Ordinal) && e.Message.Contains("CC003", StringComparison.Ordinal));
        (await site.SitemapPathsAsync()).Should().Contain(ArticlePath);

        File.WriteAllText(path, WithTitle(good, "Fixed title"));
        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Fixed title", "the fixed version replaces the last good one");
    }

    [Fact]
    public async Task In_production_a_banned_claim_keeps_the_last_good_page_and_logs_the_finding_with_its_fix()
    {
        using var site = new SiteFactory(content.Root);
        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        var path = Path.Combine(content.Root, Article);

        File.WriteAllText(path, WithTitle(File.ReadAllText(path), "Now with a banned claim") + BannedClaim);
        await site.Logs.WhenLogged("Still serving the last good version of content/articles/ketamine-safety.md").WaitAsync(Patience); // the held-back page is logged

        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        site.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.StartsWith("content/articles/ketamine-safety.md:", StringComparison.Ordinal)
            && e.Message.Contains("CL001", StringComparison.Ordinal) && e.Message.Contains("Fix:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_production_a_new_page_that_is_broken_is_never_published()
    {
        using var site = new SiteFactory(content.Root);
        var since = site.Rebuilder().RebuildCount;

        content.Write("articles/new-and-broken.md", WithTitle(File.ReadAllText(Path.Combine(content.Root, Article)), "New and broken") + BannedClaim);
        await site.WaitForRebuildAsync(since);

        (await site.GetAsync("/articles/new-and-broken")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.SitemapPathsAsync()).Should().NotContain("/articles/new-and-broken");
        site.Logs.Entries.Should().Contain(e => e.Message.Contains("content/articles/new-and-broken.md is not published", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_development_a_broken_edit_is_shown_with_a_banner_listing_diagnostics_and_lint_findings_with_fixes()
    {
        using var site = new SiteFactory(content.Root, "Development");
        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        var path = Path.Combine(content.Root, Article);

        File.WriteAllText(path, WithTitle(File.ReadAllText(path), "Work in progress") + "\nA new finding [@nobody2020].\n" + BannedClaim);
        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Work in progress", "the preview serves the new version");

        // The lint findings follow the new version by a moment (the page is served first, then linted).
        var items = new List<string>();
        await site.EventuallyAsync(async () =>
        {
            var (_, page) = await site.GetPageAsync(ArticlePath);
            items = page.QuerySelectorAll(".problems li").Select(li => Html.Collapse(li.TextContent)).ToList();
            return items.Exists(i => i.Contains("CL001", StringComparison.Ordinal));
        }, "the banner lists the lint finding");
        items.Should().Contain(i => i.StartsWith("content/articles/ketamine-safety.md:", StringComparison.Ordinal) && i.Contains("error CL090", StringComparison.Ordinal)
            && i.Contains("nobody2020", StringComparison.Ordinal) && i.Contains("Fix:", StringComparison.Ordinal));
        items.Should().Contain(i => i.StartsWith("content/articles/ketamine-safety.md:", StringComparison.Ordinal) && i.Contains("error CL001", StringComparison.Ordinal)
            && i.Contains("Fix: Say what the evidence shows", StringComparison.Ordinal));
        var claimLine = File.ReadAllLines(path).ToList().FindIndex(l => l.StartsWith("Ketamine cures", StringComparison.Ordinal)) + 1;
        items.Should().Contain(i => i.StartsWith($"content/articles/ketamine-safety.md:{claimLine}:", StringComparison.Ordinal), "each finding names its line");
    }

    [Fact]
    public async Task In_development_drafts_show_with_the_draft_banner_and_in_production_they_are_nowhere()
    {
        var draft = WithTitle(File.ReadAllText(Path.Combine(content.Root, Article)), "A draft in progress").Replace("draft: false", "draft: true", StringComparison.Ordinal);
        using var production = new SiteFactory(content.Root);
        using var development = new SiteFactory(content.Root, "Development");
        var (productionSince, developmentSince) = (production.Rebuilder().RebuildCount, development.Rebuilder().RebuildCount);

        content.Write("articles/a-draft.md", draft);
        await production.WaitForRebuildAsync(productionSince);
        await development.WaitForRebuildAsync(developmentSince);

        var (response, page) = await development.GetPageAsync("/articles/a-draft");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector(".draft-banner")!.TextContent.Should().Contain("Draft");
        (await production.GetAsync("/articles/a-draft")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await production.SitemapPathsAsync()).Should().NotContain("/articles/a-draft");
        var (_, home) = await production.GetPageAsync("/");
        home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().NotContain("/articles/a-draft");
        home.Body!.TextContent.Should().NotContain("A draft in progress");
    }

    [Fact]
    public async Task Editors_that_save_through_a_temporary_file_and_a_rename_are_followed()
    {
        using var site = new SiteFactory(content.Root);
        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        var path = Path.Combine(content.Root, Article);
        var temporary = path + ".tmp~";

        File.WriteAllText(temporary, WithTitle(File.ReadAllText(path), "Saved by rename"));
        File.Move(temporary, path, overwrite: true);

        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Saved by rename", "the renamed-over file is served");
    }

    [Fact]
    public async Task A_deleted_and_recreated_articles_folder_is_followed()
    {
        using var site = new SiteFactory(content.Root);
        var articles = Path.Combine(content.Root, "articles");
        var aside = Path.Combine(Path.GetDirectoryName(content.Root)!, "articles-aside");

        Directory.Move(articles, aside);
        await site.EventuallyAsync(async () => (await site.GetAsync(ArticlePath)).StatusCode == HttpStatusCode.NotFound, "deleted articles are gone");
        Directory.Move(aside, articles);
        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == ShippedTitle, "the articles are back");

        var path = Path.Combine(content.Root, Article);
        File.WriteAllText(path, WithTitle(File.ReadAllText(path), "Edited in the recreated folder"));
        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Edited in the recreated folder", "edits inside the recreated folder are followed");
    }

    [Fact]
    public async Task A_deleted_content_folder_keeps_the_site_up_and_is_followed_again_when_it_returns()
    {
        using var site = new SiteFactory(content.Root);
        var paths = await site.SitemapPathsAsync();
        var aside = content.Root + "-aside";

        Directory.Move(content.Root, aside);
        await site.Logs.WhenLogged("is missing; still serving").WaitAsync(Patience); // the missing folder is logged
        foreach (var path in paths)
        {
            (await site.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }

        Directory.Move(aside, content.Root);
        var file = Path.Combine(content.Root, Article);
        File.WriteAllText(file, WithTitle(File.ReadAllText(file), "Back again"));
        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Back again", "the returned folder is watched again");
    }
}
