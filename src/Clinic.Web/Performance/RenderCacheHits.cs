namespace Clinic.Web.Performance;

/// <summary>
/// The short way for a page already in the render cache: answered right after the request log (and the HTTPS
/// redirect behind a proxy), before the error page, the status-code pages and the method check, none of which can
/// change an answer from memory (a 200, a 304 or the kept 404 page, to GET or HEAD). Everything else goes on through
/// the full pipeline, where <see cref="RenderCacheMiddleware"/> renders and keeps it.
/// </summary>
internal sealed class RenderCacheHits(RequestDelegate next, RenderCache cache, Clinic.Web.ContentHosting.ContentOptions options)
{
    public Task InvokeAsync(HttpContext context) =>
        RenderCachePolicy.KeyFor(context.Request, options) is { } key
        && cache.Current(out _) is { } generation
        && generation.TryGet(key, out var cached)
            ? CachedAnswer.WriteAsync(context, cached)
            : next(context);
}
