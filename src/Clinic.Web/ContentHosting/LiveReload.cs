using System.Runtime.CompilerServices;

namespace Clinic.Web.ContentHosting;

/// <summary>
/// Development only: an event stream that names the content version, and the same-origin script that reloads an open
/// tab when it changes. Outside Development neither is served.
/// </summary>
internal static class LiveReload
{
    public const string ScriptPath = "/js/live-reload.js";
    public const string EventsPath = "/_content/changes";
    public const string EventType = "content-version";

    /// <summary>Maps the script and the event stream in Development; outside it they do not exist under any path.</summary>
    public static WebApplication UseLiveReload(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ContentOptions>().LiveReload)
        {
            var script = Script();
            app.MapGet(ScriptPath, () => Results.Text(script, "text/javascript; charset=utf-8"));
            app.MapGet(EventsPath, Stream);
        }

        return app;
    }

    private static string Script()
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded in the site.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ServerSentEventsResult<string> Stream(ContentVersion version, IHostApplicationLifetime lifetime, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(Versions(version, lifetime.ApplicationStopping, context.RequestAborted), EventType);
    }

    /// <summary>The current version at once, then each new one; ends when the tab goes away or the site stops.</summary>
    private static async IAsyncEnumerable<string> Versions(
        ContentVersion version, CancellationToken stopping, [EnumeratorCancellation] CancellationToken aborted = default)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping, aborted);
        var current = version.Current;
        yield return current;
        while (await version.WaitForChangeAsync(current, done.Token))
        {
            current = version.Current;
            yield return current;
        }
    }
}
