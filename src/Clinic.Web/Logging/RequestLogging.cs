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
            // Taken before the request runs: HEAD is answered as GET further in, and the log must say what was asked.
            var (method, path) = (context.Request.Method, context.Request.Path.Value ?? "/");
            var start = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    // The path is the client's text, decoded: "/%0aFAKE" holds a real line break. Escaped here for every
                    // log provider, not only the console.
                    var (shownMethod, shownPath, elapsed) = (LogValue.Escape(method), LogValue.Escape(path), Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    Served(logger, shownMethod, shownPath, context.Response.StatusCode, elapsed);
                }
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms")]
    private static partial void Served(ILogger logger, string method, string path, int statusCode, double elapsed);
}
