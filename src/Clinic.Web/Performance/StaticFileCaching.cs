using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Clinic.Web.Performance;

/// <summary>Cache headers for wwwroot: fingerprinted files are kept for a year, everything else is revalidated.</summary>
public static class StaticFileCaching
{
    /// <summary>The query key asp-append-version adds ("site.css?v=hash"): a new file gets a new address.</summary>
    public const string VersionKey = "v";

    /// <summary>Static file options that set the cache headers.</summary>
    public static StaticFileOptions Options { get; } = new() { OnPrepareResponse = Apply };

    private static void Apply(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        // A versioned address never changes content, so an old phone on a slow line never fetches it twice;
        // an unversioned one (favicon, a stale bookmark) is checked against its ETag on each use.
        headers.CacheControl = context.Context.Request.Query.ContainsKey(VersionKey)
            ? "public, max-age=31536000, immutable"
            : "public, no-cache";
    }
}
