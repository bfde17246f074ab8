using Clinic.Web.Logging;
using Clinic.Web.Performance;
using Clinic.Web.Security;
using Microsoft.AspNetCore.HttpOverrides;

namespace Clinic.Web.Http;

/// <summary>The HTTP layer in front of every page: proxy trust, security headers, logging, errors, methods and HTTPS.</summary>
internal static class SiteHttp
{
    public static WebApplicationBuilder AddSiteHttp(this WebApplicationBuilder builder)
    {
        var proxy = ReverseProxy.From(builder.Configuration);
        builder.Services.AddSingleton(proxy);
        builder.Services.Configure<ForwardedHeadersOptions>(proxy.Configure);
        builder.Services.AddHttpsRedirection(options =>
        {
            options.HttpsPort = proxy.HttpsPort;
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });

        // "Server: Kestrel" tells an attacker which exploits to try and tells a reader nothing.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>The first part of the HTTP layer: proxy trust and security headers. Call first of all.</summary>
    public static WebApplication UseSiteHttpHeaders(this WebApplication app)
    {
        var proxy = app.Services.GetRequiredService<ReverseProxy>();

        // First: everything after sees the scheme and client address as the configured proxy reported them. With no
        // proxy configured the middleware would believe anyone, so it is left out.
        if (proxy.Configured)
        {
            app.UseForwardedHeaders();
        }

        // Before anything can answer, so that every answer the application makes carries the headers (Kestrel's own
        // 400/414/431/505 never reach the application: the reverse proxy adds them there, see docs/reliability.md).
        app.UseSecurityHeaders(hsts: app.Environment.IsProduction());
        return app;
    }

    /// <summary>
    /// The second part: request log, HTTPS redirect, pages already in the render cache, error pages and allowed methods. Call after
    /// <see cref="UseSiteHttpHeaders"/> (health probes may go between, unlogged) and before the render cache, static
    /// files and pages.
    /// </summary>
    public static WebApplication UseSiteHttpRequests(this WebApplication app)
    {
        var production = app.Environment.IsProduction();
        var proxy = app.Services.GetRequiredService<ReverseProxy>();

        // Outside the error handling, so that the logged status is the one the client got.
        app.UseRequestLogging();
        if (production && proxy.Configured)
        {
            // Only behind a configured TLS proxy: there the proxy says which requests came over plain HTTP. Before the
            // answers from memory, which must not reach plain HTTP; its 308 is no error for the pages below to handle.
            app.UseHttpsRedirection();
        }

        // Pages already rendered are answered here: error pages, status-code pages and the method check below cannot
        // change a 200, 304 or kept 404 to GET or HEAD, and skipping them is a third of what such an answer allocated.
        app.UseRenderCacheHits();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        // Wraps everything below, so that a 404 or 405 from any of it gets the site's page.
        app.UseStatusPages();

        // Last of this layer: a response cache placed after it only ever sees GET (HEAD arrives as GET with its body dropped).
        app.UseAllowedMethods();
        return app;
    }
}
