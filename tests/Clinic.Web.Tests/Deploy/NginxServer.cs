using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Clinic.Web.Tests.Deploy;

/// <summary>Debian's nginx running deploy/nginx.conf on an export, on a free loopback port (only the lines marked "test:" change).</summary>
public sealed partial class NginxServer : IDisposable
{
    public const string Executable = "/usr/sbin/nginx";
    public const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    private readonly Process process;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "clinic-tests", "nginx-" + Guid.NewGuid().ToString("N"));

    private NginxServer(string root)
    {
        Directory.CreateDirectory(folder);
        Port = FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(config, ForTest(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "nginx.conf")), root));
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", config, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start)!;
    }

    /// <summary>Why nginx tests cannot run here, or null when they can.</summary>
    public static string? Missing =>
        !File.Exists(Executable) ? "nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static)"
        : !File.Exists(BrotliModule) ? "nginx's Brotli module is not installed (apt-get install libnginx-mod-http-brotli-static)"
        : null;

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static async Task<NginxServer> StartAsync(string root)
    {
        var server = new NginxServer(root);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (server.process.HasExited)
            {
                throw new InvalidOperationException("nginx stopped: " + await server.process.StandardError.ReadToEndAsync());
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.Port, patience.Token);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(20, patience.Token);
            }
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The shipped configuration with its machine-specific lines (marked "# test:") pointed at this test's files.</summary>
    private string ForTest(string config, string root)
    {
        var replacements = new Dictionary<string, string>
        {
            ["pid"] = $"pid {folder}/nginx.pid;",
            ["error_log"] = $"error_log {folder}/error.log warn;",
            ["access_log"] = "access_log off;",
            ["temp"] = $"client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy; fastcgi_temp_path {folder}/fastcgi; uwsgi_temp_path {folder}/uwsgi; scgi_temp_path {folder}/scgi;",
            ["listen"] = $"listen 127.0.0.1:{Port};",
            ["root"] = $"root {root};",
        };
        var marked = 0;
        var result = TestLine().Replace(config, m =>
        {
            marked++;
            return m.Groups["indent"].Value + replacements[m.Groups["name"].Value];
        });
        marked.Should().Be(replacements.Count, "every machine-specific line of deploy/nginx.conf is marked for the test");
        return result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)\S.*#\s*test:\s*(?<name>[a-z_]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TestLine();
}
