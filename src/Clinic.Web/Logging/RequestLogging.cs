using System.Diagnostics;

namespace Clinic.Web.Logging;

/// <summary>One log line per request: method, path, status and elapsed milliseconds (no query string, no client data).</summary>
internal static partial class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Clinic.Web.Requests");
        return app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                Served(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms")]
    private static partial void Served(ILogger logger, string method, string path, int statusCode, double elapsed);
}
