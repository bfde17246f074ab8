namespace Clinic.Web.Security;

/// <summary>The headers every response carries: a strict CSP, no framing, no sniffing, no referrer, no powerful features.</summary>
internal static class SecurityHeaders
{
    /// <summary>Only this site's own files; no inline script, no third-party origins, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>HTTPS only for a year, subdomains included (sent on HTTPS responses in Production).</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <param name="app">The pipeline.</param>
    /// <param name="hsts">Send HSTS on HTTPS responses: Production only, so that a developer's localhost is never pinned to HTTPS.</param>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool hsts)
    {
        // One callback for the life of the site, given the context as its state: nothing is allocated per request.
        Func<object, Task> apply = hsts ? static state => Apply((HttpContext)state, hsts: true) : static state => Apply((HttpContext)state, hsts: false);
        return app.Use((context, next) =>
        {
            // OnStarting, so that error pages (which clear the response) still carry every header.
            context.Response.OnStarting(apply, context);
            return next(context);
        });
    }

    private static Task Apply(HttpContext context, bool hsts)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy.Value;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (hsts && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        return Task.CompletedTask;
    }
}
