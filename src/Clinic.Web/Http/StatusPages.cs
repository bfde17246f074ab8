using Microsoft.AspNetCore.Diagnostics;

namespace Clinic.Web.Http;

/// <summary>
/// Gives every empty 4xx and 5xx answer the site's own page (layout, disclaimer, crisis notice) with its status kept.
/// Like UseStatusCodePagesWithReExecute, but the page is rendered as a GET: a re-executed TRACE or HEAD would
/// otherwise reach a page that only answers GET.
/// </summary>
internal static class StatusPages
{
    /// <summary>The page that renders every status answer.</summary>
    public const string Path = "/not-found";

    public static IApplicationBuilder UseStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;

            // A 416 answers a byte range of a file; its Content-Range header is the whole message, and a page would be misread as the range.
            if (http.Response.StatusCode == StatusCodes.Status416RangeNotSatisfiable)
            {
                return;
            }

            var request = http.Request;
            var (path, pathBase, query, method) = (request.Path, request.PathBase, request.QueryString, request.Method);
            http.Features.Set<IStatusCodeReExecuteFeature>(new ReExecuted(
                path.Value ?? string.Empty, pathBase.Value ?? string.Empty, query.HasValue ? query.Value : null, http.Response.StatusCode));
            http.SetEndpoint(null);
            request.RouteValues.Clear();
            request.Path = Path;

            // The 404 page is the same for every address, so a cache may keep it; any other status is named in the
            // query, which no cache keeps, so a 405 can never be answered with a kept 404.
            var status = http.Response.StatusCode;
            request.QueryString = status == StatusCodes.Status404NotFound ? QueryString.Empty : QueryString.Create("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Method = HttpMethods.IsHead(method) ? HttpMethods.Head : HttpMethods.Get;
            try
            {
                await context.Next(http);
            }
            finally
            {
                (request.Path, request.PathBase, request.QueryString, request.Method) = (path, pathBase, query, method);
                http.Features.Set<IStatusCodeReExecuteFeature>(null);
            }
        });

    private sealed record ReExecuted(string OriginalPath, string OriginalPathBase, string? OriginalQueryString, int OriginalStatusCode)
        : IStatusCodeReExecuteFeature
    {
        string IStatusCodeReExecuteFeature.OriginalPath { get => OriginalPath; set => throw new NotSupportedException(); }

        string IStatusCodeReExecuteFeature.OriginalPathBase { get => OriginalPathBase; set => throw new NotSupportedException(); }

        string? IStatusCodeReExecuteFeature.OriginalQueryString { get => OriginalQueryString; set => throw new NotSupportedException(); }
    }
}
