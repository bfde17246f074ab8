using System.Diagnostics;

namespace Clinic.Web.Tests.Deploy;

/// <summary>Runs the export command as an operator does (<c>dotnet Clinic.Web.dll export OUT/</c>) and collects its output.</summary>
public static class SiteExport
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string contentRoot, string folder, params string[] settings)
    {
        // The site's build output beside this test's: same configuration (bin/<Configuration>/net10.0).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var site = Path.Combine(RepositoryRoot.Path, "src", "Clinic.Web", "bin", configuration, "net10.0", "Clinic.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { site, "export", folder, "--Content:Root=" + contentRoot }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The site address a file of the export answers (index.html is /, faq.html is /faq).</summary>
    public static string AddressOf(string relativeFile)
    {
        var path = "/" + relativeFile.Replace('\\', '/');
        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return path[..^"index.html".Length];
        }

        return path.EndsWith(".html", StringComparison.Ordinal) ? path[..^".html".Length] : path;
    }
}
