using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using static Clinic.Web.Tests.HotReloadEditing;

namespace Clinic.Web.Tests.Watching;

/// <summary>A content folder that appears after start-up, and one the site may not read: the site runs and says why.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class LateAndUnreadableFolderTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetDirectoryName(content.Root)!, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        content.Dispose();
    }

    [Fact]
    public async Task A_content_folder_created_after_start_up_is_read_and_served()
    {
        var later = Path.Combine(Path.GetDirectoryName(content.Root)!, "later", "content");
        using var site = new SiteFactory(later);
        (await site.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the site starts without its folder");
        (await site.GetAsync(ArticlePath)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        Directory.CreateDirectory(Path.GetDirectoryName(later)!);
        Directory.Move(content.Root, later);

        await site.EventuallyAsync(async () => (await site.GetAsync(ArticlePath)).StatusCode == HttpStatusCode.OK, "the late folder is served");
    }

    [Fact]
    public async Task An_unreadable_articles_folder_at_start_up_gives_a_running_site_that_logs_the_problem()
    {
        var articles = content.PathOf("articles");
        File.SetUnixFileMode(articles, UnixFileMode.None);
        var (process, output, listening) = StartSiteProcess(content.Root);
        try
        {
            // A whole process starting (as another user) on a busy machine: a deadline for a failure, not a timing assert.
            var address = await listening.WaitAsync(TimeSpan.FromSeconds(60));
            process.HasExited.Should().BeFalse("the site must not crash: " + output);
            using var client = new HttpClient { BaseAddress = address };

            var home = await client.GetAsync(new Uri("/", UriKind.Relative));
            var article = await client.GetAsync(new Uri(ArticlePath, UriKind.Relative));

            home.StatusCode.Should().Be(HttpStatusCode.OK);
            (await home.Content.ReadAsStringAsync()).Should().Contain("988").And.Contain("class=\"disclaimer\"");
            article.StatusCode.Should().Be(HttpStatusCode.NotFound);
            process.HasExited.Should().BeFalse();
            lock (output)
            {
                output.ToString().Should().MatchRegex("(?i)articles.*(denied|permission|cannot be read|could not be read)");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    /// <summary>
    /// The built site as its own process in Production. Run as root (CI containers), it runs as user nobody: file
    /// permissions do not stop root, so only then is the folder really unreadable to the site.
    /// </summary>
    /// <returns>The process, everything it writes, and its address once it says where it listens (fails if it exits first).</returns>
    private static (Process Process, System.Text.StringBuilder Output, Task<Uri> Listening) StartSiteProcess(string contentRoot)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Path, "src", "Clinic.Web", "bin", configuration, "net10.0", "Clinic.Web.dll");
        File.Exists(dll).Should().BeTrue($"the site is built at {dll}");
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll), // where appsettings.json (the console log) is
        };
        if (asRoot)
        {
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0", "--Content:Root", contentRoot, "--Content:Watch", "false" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var output = new System.Text.StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void Received(object sender, DataReceivedEventArgs e)
        {
            Append(output, e.Data);
            if (e.Data is not null && Listening().Match(e.Data) is { Success: true } found)
            {
                listening.TrySetResult(new Uri(found.Groups[1].Value));
            }
        }

        process.OutputDataReceived += Received;
        process.ErrorDataReceived += Received;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the site stopped before it listened: " + output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output, listening.Task);
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
