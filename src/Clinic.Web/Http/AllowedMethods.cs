using Microsoft.AspNetCore.Http.Features;

namespace Clinic.Web.Http;

/// <summary>
/// The site is read-only: it answers GET, and HEAD wherever GET works; any other method gets 405 with an Allow header
/// before routing, so no page or endpoint ever sees TRACE, POST or an invented method.
/// </summary>
internal static class AllowedMethods
{
    /// <summary>The value of the Allow header.</summary>
    public const string Allow = "GET, HEAD";

    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method))
            {
                await next(context);
                return;
            }

            if (!HttpMethods.IsHead(request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = Allow;
                return;
            }

            // Endpoints mapped with MapGet (sitemap, robots, diagrams, and any added later) do not match HEAD; answering
            // HEAD as GET with the body thrown away gives the same status and headers everywhere, by construction.
            var body = context.Features.Get<IHttpResponseBodyFeature>()!;
            context.Features.Set<IHttpResponseBodyFeature>(new HeadResponseBody(body));
            request.Method = HttpMethods.Get;
            try
            {
                await next(context);
            }
            finally
            {
                request.Method = HttpMethods.Head;
                context.Features.Set(body);
            }
        });
}
