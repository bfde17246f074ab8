using Clinic.Content.Pages;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;

namespace Clinic.Web.Pages;

/// <summary>The research library: every reference, grouped by kind of evidence, with the pages that cite it.</summary>
public sealed class ResearchModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    public IReadOnlyList<ReferenceGroup> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = ReferenceGroup.ByKind(Snapshot.References);
        PageTitle = "The research library";
        Description = "Every study and official notice our articles cite, with what it found and how strong the evidence is.";
        CanonicalPath = SiteUrls.Research;
        Breadcrumbs = [new("Home", SiteUrls.Home), new(PageTitle, SiteUrls.Research)];
    }

    public IReadOnlyList<ContentPage> CitingPages(string key) => Snapshot.PagesCiting(key, Policy);
}
