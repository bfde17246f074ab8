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
}
