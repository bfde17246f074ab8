using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages;

/// <summary>The error page, in the site's own layout with the disclaimer and crisis notice.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>Shows the error page for a failed request.</summary>
    public IActionResult OnGet()
    {
        // Only a failed request is re-executed here; /error typed in is an address like any unknown one.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        PageTitle = "Something went wrong";
        Description = "The page could not be shown just now.";
        CanonicalPath = "/error";
        return Page();
    }
}
