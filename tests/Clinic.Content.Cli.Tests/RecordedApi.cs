using System.Net;
using System.Net.Sockets;

namespace Clinic.Content.Cli.Tests;

/// <summary>
/// A real HTTP server on the loopback interface answering with responses recorded from Crossref and NCBI E-utilities
/// (files in Recorded/), so <c>new reference</c> is tested over real HTTP without the network.
/// </summary>
public sealed class RecordedApi : IDisposable
{
    private readonly HttpListener listener;
    private readonly Dictionary<string, string> routes = new(StringComparer.Ordinal);
    private readonly List<string> requests = [];
    private readonly Task loop;

    public RecordedApi()
    {
        // A free port can be taken by another test between asking and binding, so a lost race picks another one.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }

        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string CrossrefRoot => $"http://127.0.0.1:{Port}/crossref/";

    public string EUtilitiesRoot => $"http://127.0.0.1:{Port}/entrez/eutils/";

    /// <summary>Every path and query asked, in order.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Answers <paramref name="pathAndQuery"/> (exactly as the real API is asked) with a recorded file.</summary>
    public RecordedApi Serve(string pathAndQuery, string recordedFile)
    {
        routes[pathAndQuery] = Path.Combine(AppContext.BaseDirectory, "Recorded", recordedFile);
        return this;
    }

    /// <summary>A port nothing listens on, for the offline case.</summary>
    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var asked = context.Request.RawUrl ?? string.Empty;
            lock (requests)
            {
                requests.Add(asked);
            }

            using var response = context.Response;
            if (routes.TryGetValue(asked, out var file))
            {
                // Both services answer JSON as UTF-8.
                response.ContentType = "application/json;charset=UTF-8";
                var body = await File.ReadAllBytesAsync(file);
                await response.OutputStream.WriteAsync(body);
            }
            else
            {
                // Crossref answers an unknown DOI with 404 and a plain-text body.
                response.StatusCode = 404;
                response.ContentType = "text/plain";
                var body = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Recorded", "crossref-works-not-found.txt"));
                await response.OutputStream.WriteAsync(body);
            }
        }
    }
}
