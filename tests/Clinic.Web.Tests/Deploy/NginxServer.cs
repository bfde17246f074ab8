using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Clinic.Web.Tests.Deploy;

/// <summary>
/// Debian's nginx running one of the shipped configurations (deploy/*.conf) on a free loopback port: only the lines
/// marked "# test: name" change, to point at this test's folder, ports and files.
/// </summary>
public sealed partial class NginxServer : IDisposable
{
    public const string Executable = "/usr/sbin/nginx";
    public const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    private readonly Process process;
    private readonly FileSystemWatcher pidFile;
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NginxServer(string configFile, Func<NginxServer, IReadOnlyDictionary<string, string>> lines)
    {
        Directory.CreateDirectory(Folder);
        Port = FreePort();
        var config = Path.Combine(Folder, "nginx.conf");
        var replacements = new Dictionary<string, string>(lines(this))
        {
            ["pid"] = $"pid {Folder}/nginx.pid;",
            ["error_log"] = $"error_log {Folder}/error.log warn;",
            ["access_log"] = "access_log off;",
            ["temp"] = $"client_body_temp_path {Folder}/body; proxy_temp_path {Folder}/proxy; fastcgi_temp_path {Folder}/fastcgi; uwsgi_temp_path {Folder}/uwsgi; scgi_temp_path {Folder}/scgi;",
        };
        File.WriteAllText(config, ForTest(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", configFile)), configFile, replacements));
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", config, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }

        // nginx writes its pid file only after it has bound and opened its listening sockets: that file is the signal
        // that the port accepts connections. The watcher starts before nginx so it cannot miss the file.
        pidFile = new FileSystemWatcher(Folder, "nginx.pid") { EnableRaisingEvents = true };
        pidFile.Created += (_, _) => listening.TrySetResult();
        process = Process.Start(start)!;
    }

    /// <summary>Why the export's nginx tests cannot run here (nginx or its Brotli module missing), or null when they can.</summary>
    public static string? Missing =>
        MissingNginx ?? (!File.Exists(BrotliModule) ? "nginx's Brotli module is not installed (apt-get install libnginx-mod-http-brotli-static)" : null);

    /// <summary>Why no nginx test can run here, or null when nginx is installed.</summary>
    public static string? MissingNginx => !File.Exists(Executable) ? "nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static)" : null;

    /// <summary>The port of the line marked "test: listen".</summary>
    public int Port { get; }

    /// <summary>This server's own folder (configuration, pid, logs, temp files), deleted on dispose.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "clinic-tests", "nginx-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>deploy/nginx.conf serving the static export in <paramref name="root"/>.</summary>
    public static Task<NginxServer> StartAsync(string root) =>
        StartAsync("nginx.conf", server => new Dictionary<string, string>
        {
            ["listen"] = $"listen 127.0.0.1:{server.Port};",
            ["root"] = $"root {root};",
        });

    /// <summary>
    /// deploy/<paramref name="configFile"/> with the common machine lines (pid, logs, temp paths) and the lines
    /// <paramref name="lines"/> names (given the server, for its <see cref="Port"/> and <see cref="Folder"/>) replaced.
    /// </summary>
    public static async Task<NginxServer> StartAsync(string configFile, Func<NginxServer, IReadOnlyDictionary<string, string>> lines)
    {
        var server = new NginxServer(configFile, lines);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var stopped = server.process.WaitForExitAsync(patience.Token);
        if (await Task.WhenAny(server.listening.Task, stopped).WaitAsync(patience.Token) == stopped)
        {
            throw new InvalidOperationException("nginx stopped: " + await server.process.StandardError.ReadToEndAsync());
        }

        return server;
    }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        pidFile.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>The shipped configuration with every line marked "# test: name" replaced.</summary>
    private static string ForTest(string config, string configFile, Dictionary<string, string> replacements)
    {
        var marked = new HashSet<string>(StringComparer.Ordinal);
        var result = TestLine().Replace(config, m =>
        {
            var name = m.Groups["name"].Value;
            marked.Add(name);
            replacements.Should().ContainKey(name, $"the test knows every marked line of deploy/{configFile}");
            return m.Groups["indent"].Value + replacements[name];
        });
        marked.Should().BeEquivalentTo(replacements.Keys, $"every machine-specific line of deploy/{configFile} is marked for the test");
        return result;
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)\S.*#\s*test:\s*(?<name>[a-z_]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TestLine();
}
