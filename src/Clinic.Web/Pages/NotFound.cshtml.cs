using Clinic.Web.ContentHosting;

namespace Clinic.Web.Pages;

/// <summary>The 404 page, in the site's own layout with the disclaimer and crisis notice.</summary>
public sealed class NotFoundModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        PageTitle = "Page not found";
        Description = "We could not find that page.";
        CanonicalPath = "/not-found";
    }
}
