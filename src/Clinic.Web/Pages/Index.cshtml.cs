using Clinic.Content.Articles;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages;

/// <summary>The home page: what the site is, and the shown articles with their summaries, a page of them at a time.</summary>
public sealed class IndexModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>
    /// Articles per page: every article of a clinic's usual library fits on the first page, and a library of thousands
    /// still gives a phone a page of a few dozen kilobytes.
    /// </summary>
    public const int PageSize = 50;

    /// <summary>The articles on this page of the list.</summary>
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    /// <summary>This page's number (1 is the home page itself).</summary>
    public int Number { get; private set; } = 1;

    /// <summary>How many pages the article list has.</summary>
    public int PageCount { get; private set; } = 1;

    /// <summary>Shows page <paramref name="number"/> of the article list, or not found past the end.</summary>
    public IActionResult OnGet(int? number)
    {
        var visible = Snapshot.VisibleArticles(Policy).ToList();
        PageCount = Math.Max(1, (visible.Count + PageSize - 1) / PageSize);
        Number = number ?? 1;
        if (Number < 1 || Number > PageCount || number == 1)
        {
            // /page/1 is the home page, and a page past the end does not exist: one address per list page.
            return NotFound();
        }

        Articles = visible.Skip((Number - 1) * PageSize).Take(PageSize).ToList();
        PageTitle = Number == 1 ? Site.Name : $"Articles, page {Number} of {PageCount}";
        Description = Site.Tagline ?? "The science of ketamine therapy, explained plainly and with sources.";
        CanonicalPath = SiteUrls.HomePage(Number);
        Problems = Snapshot.Diagnostics;
        return Page();
    }
}
