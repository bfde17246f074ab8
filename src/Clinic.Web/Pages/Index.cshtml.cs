using Clinic.Content.Articles;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Pages;

/// <summary>The home page: what the site is, and every shown article with its summary.</summary>
public sealed class IndexModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public void OnGet()
    {
        Articles = Snapshot.VisibleArticles(Policy).ToList();
        PageTitle = Site.Name;
        Description = Site.Tagline ?? "The science of ketamine therapy, explained plainly and with sources.";
        Problems = Snapshot.Diagnostics;
    }
}
