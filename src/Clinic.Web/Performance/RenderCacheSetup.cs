namespace Clinic.Web.Performance;

/// <summary>Registers and places the render cache.</summary>
internal static class RenderCacheSetup
{
    public static IServiceCollection AddRenderCache(this IServiceCollection services) => services.AddSingleton<RenderCache>();

    /// <summary>
    /// Place after the security headers, logging, error and status-code pages (so every replayed answer still gets
    /// their headers and the 404 page is re-run through it) and before static files and routing (so wwwroot files,
    /// pages and endpoints are all captured the same way).
    /// </summary>
    public static IApplicationBuilder UseRenderCache(this IApplicationBuilder app) => app.UseMiddleware<RenderCacheMiddleware>();

    /// <summary>
    /// Answers pages already kept, early: after the request log and the HTTPS redirect, before error handling, the
    /// status-code pages and the method check (see <see cref="RenderCacheHits"/>). <see cref="UseRenderCache"/> is
    /// still needed further in, to render and keep pages and to answer the 404 page when the status-code pages re-run.
    /// </summary>
    public static IApplicationBuilder UseRenderCacheHits(this IApplicationBuilder app) => app.UseMiddleware<RenderCacheHits>();
}
