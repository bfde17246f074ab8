using System.Net;
using Clinic.Content;
using Clinic.Content.Lint.Findings;
using Clinic.Web.ContentHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using static Clinic.Web.Tests.HotReloadEditing;

namespace Clinic.Web.Tests.FailClosed;

/// <summary>When the claim linter cannot check a page, Production does not publish it: the safety gate fails closed.</summary>
public sealed class FailClosedTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task The_fail_open_repro_is_withheld_in_production_and_the_other_pages_are_still_checked_and_served()
    {
        UncheckableContent.AddTo(content);
        using var site = new SiteFactory(content.Root);

        (await site.GetAsync(UncheckableContent.BannedClaimPath)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the linter still checked this page");
        (await site.GetAsync(UncheckableContent.DeepQuotePath)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the linter could not check this page");
        var sitemap = await site.SitemapPathsAsync();
        sitemap.Should().NotContain([UncheckableContent.BannedClaimPath, UncheckableContent.DeepQuotePath]).And.Contain(ArticlePath);
        foreach (var path in sitemap)
        {
            (await site.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }

        site.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Error
            && e.Message.StartsWith("content/articles/deep-quote.md:1:1: CL000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_development_the_page_the_linter_cannot_check_is_listed_in_the_problems_banner()
    {
        UncheckableContent.AddTo(content);
        using var site = new SiteFactory(content.Root, "Development");

        var (_, home) = await site.GetPageAsync("/");

        home.QuerySelectorAll(".problems li").Select(li => Html.Collapse(li.TextContent))
            .Should().Contain(t => t.StartsWith("content/articles/deep-quote.md:1:1 error CL000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_linter_that_fails_at_start_up_publishes_no_page_but_the_site_runs()
    {
        using var site = new SiteFactory(content.Root) { WithServices = s => s.Replace(ServiceDescriptor.Singleton<IContentLint>(new BreakableLint(null) { Broken = true })) };

        var (response, home) = await site.GetPageAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        home.QuerySelector(".crisis-notice")!.TextContent.Should().Contain("988");
        (await site.GetAsync(ArticlePath)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.SitemapPathsAsync()).Should().NotContain(p => p.StartsWith("/articles/", StringComparison.Ordinal));
        site.Logs.Entries.Should().Contain(e => e.Message.Contains("The claim linter failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_linter_that_fails_on_reload_keeps_every_last_good_page_and_publishes_nothing_new_until_it_runs_again()
    {
        BreakableLint? lint = null;
        using var site = new SiteFactory(content.Root)
        {
            WithServices = s => s.Replace(ServiceDescriptor.Singleton<IContentLint>(p => lint = new BreakableLint(ActivatorUtilities.CreateInstance<ContentLint>(p)))),
        };
        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle);
        var path = content.PathOf(Article);
        var good = File.ReadAllText(path);

        lint!.Broken = true;
        File.WriteAllText(path, WithTitle(good, "An unchecked title"));
        content.Write("articles/new-unchecked-page.md", UncheckableContent.Page("A new page nobody checked", "Some words."));
        site.Rebuilder().Rebuild();

        (await site.ArticleTitleAsync()).Should().Be(ShippedTitle, "the edit was not checked");
        (await site.GetAsync("/articles/new-unchecked-page")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        lint.Broken = false;
        site.Rebuilder().Rebuild();

        (await site.ArticleTitleAsync()).Should().Be("An unchecked title", "once checked, the edit is published");
        (await site.GetAsync("/articles/new-unchecked-page")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_page_the_linter_reports_as_not_checked_is_withheld_while_the_others_are_served()
    {
        using var site = new SiteFactory(content.Root)
        {
            WithServices = s => s.Replace(ServiceDescriptor.Singleton<IContentLint>(new BreakableLint(null) { NotChecked = content.PathOf(Article) })),
        };

        (await site.GetAsync(ArticlePath)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.GetAsync("/articles/how-ketamine-works")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The real linter, or none; fails as a whole when <see cref="Broken"/>, or reports one file as not checked.</summary>
    private sealed class BreakableLint(IContentLint? real) : IContentLint
    {
        public volatile bool Broken;

        public string? NotChecked { get; init; }

        public ContentFindings Run(ContentSnapshot snapshot)
        {
            if (Broken)
            {
                throw new InvalidOperationException("The linter broke (test).");
            }

            var found = real?.Run(snapshot) ?? new ContentFindings([]);
            return NotChecked is { } path
                ? new ContentFindings(found.All.Append((path, LintFailure.For(path, new InvalidOperationException("test")))))
                : found;
        }
    }
}
