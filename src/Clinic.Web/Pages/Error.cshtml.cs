using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages;

/// <summary>The error page, in the site's own layout with the disclaimer and crisis notice.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        PageTitle = "Something went wrong";
        Description = "The page could not be shown just now.";
        CanonicalPath = "/error";
    }
}
