using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Diagnostics;

namespace Clinic.Web.Performance;

/// <summary>Which requests the render cache answers and which responses it keeps (after ASP.NET Core OutputCaching's policies).</summary>
internal static class RenderCachePolicy
{
    /// <summary>Pages must be checked on each use (a reload can change them at any time); the ETag makes that a 304.</summary>
    public const string PageCacheControl = "public, no-cache";

    /// <summary>
    /// The cache key for a request, or null when the request must go through the pipeline: only GET and HEAD,
    /// no Range (the pipeline answers partial requests), no query string but an asset version (a query such as
    /// <c>/search?q=</c> makes a dynamic page), nothing streamed (live reload, health), and lower-case paths only
    /// (the site's addresses are lower-case, so case variants cannot grow the cache without bound).
    /// </summary>
    public static string? KeyFor(HttpRequest request, ContentOptions options)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.Range.Count > 0
            || request.Path.Value is not { Length: > 0 } path
            || path.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0
            || path.StartsWith(LiveReload.EventsPath, StringComparison.Ordinal)
            || path.StartsWith(Health.HealthEndpoint.Path, StringComparison.Ordinal))
        {
            return null;
        }

        if (request.QueryString.HasValue)
        {
            // One extra entry per file at most: every version of site.css is the same bytes, under immutable caching.
            var query = request.Query;
            return query.Count == 1 && query.ContainsKey(StaticFileCaching.VersionKey) && !options.LiveReload
                ? path + "?" + StaticFileCaching.VersionKey
                : null;
        }

        return path;
    }

    /// <summary>
    /// What the captured response depends on, or null when it must not be kept: only complete 200s (and the 404
    /// page, when the status-code pages re-run the pipeline for it), no cookies, nothing marked private or no-store,
    /// and no wwwroot file in Development, where CSS is edited while the site runs.
    /// </summary>
    public static CacheEntryKind? KindOf(HttpContext context, ContentOptions options)
    {
        var response = context.Response;
        var notFoundPage = response.StatusCode == StatusCodes.Status404NotFound
            && context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if ((response.StatusCode != StatusCodes.Status200OK && !notFoundPage)
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.ToString() is var control
                && (control.Contains("no-store", StringComparison.OrdinalIgnoreCase) || control.Contains("private", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // Static files are served before routing picks an endpoint; everything else is an endpoint.
        if (context.GetEndpoint() is null)
        {
            return options.LiveReload ? null : CacheEntryKind.Asset;
        }

        return context.Request.Path.StartsWithSegments("/articles", StringComparison.Ordinal) && !notFoundPage
            ? CacheEntryKind.Article
            : CacheEntryKind.Page;
    }
}
