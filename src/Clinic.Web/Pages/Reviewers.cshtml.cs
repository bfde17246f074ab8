using Clinic.Content.Pages;
using Clinic.Content.Site;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;

namespace Clinic.Web.Pages;

/// <summary>Who reviews the pages: each clinician from site.yaml with credentials, profile and the pages they signed off.</summary>
public sealed class ReviewersModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>
    /// Pages listed under each reviewer. A clinic's library fits; a library of thousands lists the first pages in reading
    /// order and counts the rest, so this page stays a few kilobytes (at 5,000 articles it was half a megabyte).
    /// </summary>
    public const int PagesListed = 20;

    /// <summary>The clinicians who review pages.</summary>
    public IReadOnlyList<Reviewer> Reviewers => Site.Reviewers;

    /// <summary>Lists the reviewers.</summary>
    public void OnGet()
    {
        PageTitle = "Our medical reviewers";
        Description = "The clinicians who check every page on this site before it is published, and how our review works.";
        CanonicalPath = SiteUrls.Reviewers;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Our medical reviewers", SiteUrls.Reviewers)];
    }

    /// <summary>The shown pages whose byline names <paramref name="reviewer"/>.</summary>
    public IReadOnlyList<ContentPage> PagesBy(Reviewer reviewer) =>
        Snapshot.VisibleArticles(Policy).Cast<ContentPage>().Append(Snapshot.VisibleFaq(Policy)).OfType<ContentPage>()
            .Where(p => p.FrontMatter.Reviewer is { } byline && reviewer.Names(byline))
            .ToList();
}
