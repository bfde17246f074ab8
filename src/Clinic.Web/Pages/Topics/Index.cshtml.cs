using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Clinic.Web.Pages.Reading;

namespace Clinic.Web.Pages.Topics;

/// <summary>Every topic (tag) with a count of its pages.</summary>
public sealed class TopicsIndexModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The topics with pages readers may see.</summary>
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    /// <summary>Lists the topics.</summary>
    public void OnGet()
    {
        Topics = Topic.All(Snapshot, Policy);
        PageTitle = "Topics";
        Description = "Every subject our articles cover, with the pages about each one.";
        CanonicalPath = SiteUrls.Topics;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Topics", SiteUrls.Topics)];
    }
}
