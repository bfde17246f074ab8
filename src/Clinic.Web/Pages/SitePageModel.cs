using Clinic.Content;
using Clinic.Content.Diagnostics;
using Clinic.Content.Site;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Clinic.Web.StructuredData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clinic.Web.Pages;

/// <summary>What the layout needs from every page: the snapshot this request reads, titles, and problems to show.</summary>
public abstract class SitePageModel(ISnapshotSource source, ContentOptions options) : PageModel
{
    /// <summary>Taken once per request, so the whole page renders from one snapshot.</summary>
    public ContentSnapshot Snapshot { get; } = source.Current;

    /// <summary>The content settings, including who may see what.</summary>
    public ContentOptions Options { get; } = options;

    /// <summary>The site's name, contact details and notices.</summary>
    public SiteSettings Site => Snapshot.Site;

    /// <summary>The page's own title (the layout adds the site name).</summary>
    public string PageTitle { get; protected set; } = string.Empty;

    /// <summary>The meta description.</summary>
    public string Description { get; protected set; } = string.Empty;

    /// <summary>The canonical path of this page on the public site.</summary>
    public string CanonicalPath { get; protected set; } = SiteUrls.Home;

    /// <summary>Open Graph type: "website", or "article" for articles.</summary>
    public string OpenGraphType { get; protected set; } = "website";

    /// <summary>Content problems to show in the Development banner.</summary>
    public IReadOnlyList<ContentDiagnostic> Problems { get; protected set; } = [];

    /// <summary>True when the page is a draft (shown only in preview).</summary>
    public bool IsDraft { get; protected set; }

    /// <summary>The trail from Home to this page, shown above the content with matching JSON-LD; empty on Home.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; protected set; } = [];

    /// <summary>True when the page's own JSON-LD block carries the breadcrumb trail, so the layout adds none.</summary>
    public bool BreadcrumbsInPageData { get; protected set; }

    /// <summary>The policy that decides which pages readers may see.</summary>
    public PublicationPolicy Policy => Options.Policy;

    /// <summary>The public address of this page.</summary>
    public Uri CanonicalUrl => new(Site.BaseUrl, CanonicalPath.TrimStart('/'));

    /// <summary>A content file's path as staff know it.</summary>
    public string DisplayPathOf(string path) => Snapshot.Display(path);
}
