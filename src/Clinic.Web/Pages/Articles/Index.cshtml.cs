using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;

namespace Clinic.Web.Pages.Articles;

/// <summary>The list of every shown article (the "Articles" step of the breadcrumb trail).</summary>
public sealed class ArticlesIndexModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The articles readers may see.</summary>
    public IReadOnlyList<Clinic.Content.Articles.Article> Articles { get; private set; } = [];

    /// <summary>Lists the articles.</summary>
    public void OnGet()
    {
        Articles = Snapshot.VisibleArticles(Policy).ToList();
        PageTitle = "All articles";
        Description = "Every article on the site, in suggested reading order, each checked by a clinician and linked to its sources.";
        CanonicalPath = SiteUrls.Articles;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Articles", SiteUrls.Articles)];
    }
}
