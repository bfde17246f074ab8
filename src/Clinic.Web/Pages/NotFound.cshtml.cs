using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Diagnostics;

namespace Clinic.Web.Pages;

/// <summary>
/// The page of every 4xx and 5xx answer without a body of its own (404 most of all), in the site's layout with the
/// disclaimer and crisis notice; it keeps the status it was asked to show.
/// </summary>
public sealed class NotFoundModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The page's heading.</summary>
    public string Heading { get; private set; } = string.Empty;

    /// <summary>The sentence under the heading: what happened, in plain words.</summary>
    public string Lead { get; private set; } = string.Empty;

    /// <summary>Shows why the page cannot be found, with the original status code.</summary>
    public void OnGet()
    {
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        (PageTitle, Heading, Lead) = status switch
        {
            StatusCodes.Status404NotFound or StatusCodes.Status410Gone =>
                ("Page not found", "We could not find that page", "The address may be mistyped, or the page may have moved."),
            StatusCodes.Status405MethodNotAllowed =>
                ("Request not supported", "This site only shows pages", "Your browser asked for something other than a page. Open the address again, or start from the links below."),
            >= 500 =>
                ("Something went wrong", "Something went wrong on our side", "The page could not be shown just now. Please try again in a moment."),
            _ =>
                ("Request not understood", "We could not understand that request", "The address or the request may be damaged. Open the address again, or start from the links below."),
        };
        Description = Lead;
        CanonicalPath = "/not-found";
    }
}
