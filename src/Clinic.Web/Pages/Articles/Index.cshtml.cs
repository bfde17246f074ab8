using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages.Articles;

/// <summary>The list of every shown article (the "Articles" step of the breadcrumb trail), a page of them at a time.</summary>
public sealed class ArticlesIndexModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The articles readers may see.</summary>
    public IReadOnlyList<Clinic.Content.Articles.Article> Articles { get; private set; } = [];

    /// <summary>This page's number (1 is /articles itself).</summary>
    public int Number { get; private set; } = 1;

    /// <summary>How many pages the article list has.</summary>
    public int PageCount { get; private set; } = 1;

    /// <summary>Shows page <paramref name="number"/> of the article list, or not found past the end.</summary>
    public IActionResult OnGet(int? number)
    {
        var visible = Snapshot.VisibleArticles(Policy).ToList();
        PageCount = Math.Max(1, (visible.Count + IndexModel.PageSize - 1) / IndexModel.PageSize);
        Number = number ?? 1;
        if (Number < 1 || Number > PageCount || number == 1)
        {
            // /articles/page/1 is /articles, and a page past the end does not exist: one address per list page.
            return NotFound();
        }

        Articles = visible.Skip((Number - 1) * IndexModel.PageSize).Take(IndexModel.PageSize).ToList();
        PageTitle = Number == 1 ? "All articles" : $"All articles, page {Number} of {PageCount}";
        Description = "Every article on the site, in suggested reading order, each checked by a clinician and linked to its sources.";
        CanonicalPath = SiteUrls.ArticlesPage(Number);
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Articles", SiteUrls.Articles)];
        return Page();
    }
}
