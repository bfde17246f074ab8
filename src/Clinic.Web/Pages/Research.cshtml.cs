using Clinic.Content.Pages;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;

namespace Clinic.Web.Pages;

/// <summary>The research library: every reference, grouped by kind of evidence, with the pages that cite it.</summary>
public sealed class ResearchModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>
    /// Citing pages named under each study; the rest are on the study's own page, so that this page stays the same
    /// size whether the library has ten articles or ten thousand.
    /// </summary>
    public const int CitingNamed = 5;

    /// <summary>The references, grouped by kind.</summary>
    public IReadOnlyList<ReferenceGroup> Groups { get; private set; } = [];

    /// <summary>Lists the references.</summary>
    public void OnGet()
    {
        Groups = ReferenceGroup.ByKind(Snapshot.References);
        PageTitle = "The research library";
        Description = "Every study and official notice our articles cite, with what it found and how strong the evidence is.";
        CanonicalPath = SiteUrls.Research;
        Breadcrumbs = [new("Home", SiteUrls.Home), new(PageTitle, SiteUrls.Research)];
    }

    /// <summary>The pages readers may see that cite the reference <paramref name="key"/>.</summary>
    public IReadOnlyList<ContentPage> CitingPages(string key) => Snapshot.PagesCiting(key, Policy);
}
