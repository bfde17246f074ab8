using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clinic.Web.Health;

/// <summary>
/// <c>/healthz</c> for load balancers and orchestrators: <c>/healthz/live</c> answers while the process serves
/// requests, <c>/healthz/ready</c> (and <c>/healthz</c>) once a content snapshot is loaded.
/// </summary>
internal static class HealthEndpoint
{
    public const string Path = "/healthz";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddSiteHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentReadyCheck>("content", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// Call before request logging: probes arrive every few seconds and would bury the log. Answers are never cached.
    /// </summary>
    public static IApplicationBuilder UseSiteHealth(this IApplicationBuilder app)
    {
        app.UseHealthChecks(Path + "/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatus });
        app.UseHealthChecks(Path + "/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteStatus });
        app.UseHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteStatus });
        return app;
    }

    private static Task WriteStatus(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var detail = report.Entries.Values.Select(e => e.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d));
        return context.Response.WriteAsync(detail is null ? report.Status + "\n" : $"{report.Status}: {detail}\n");
    }
}
