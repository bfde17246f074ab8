using System.Diagnostics;
using System.Text.Json;
using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Validation;

/// <summary>The Nu Html Checker (npm package vnu-jar, run with Java), installed by .ci/run into a gitignored folder.</summary>
public static class NuHtmlChecker
{
    public const string InstallHint =
        "npm install --prefix tests/Clinic.Web.BrowserTests/.tools --ignore-scripts vnu-jar (needs Java 11+: apt-get install -y default-jre-headless)";

    /// <summary>VNU_JAR when set, else the copy .ci/run installs.</summary>
    public static string JarPath { get; } = Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } jar
        ? jar
        : Path.Combine(RepositoryRoot.Path, "tests", "Clinic.Web.BrowserTests", ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? Java { get; } = FindOnPath("java");

    public static bool IsAvailable => Java is not null && File.Exists(JarPath);

    public static string MissingReason => Java is null
        ? "Java not found on PATH; " + InstallHint
        : "vnu.jar not found at " + JarPath + "; " + InstallHint;

    /// <summary>Checks the files and returns one line per error: "file:line:column: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IEnumerable<string> files)
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException(MissingReason);
        }

        var start = new ProcessStartInfo(Java!) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", JarPath, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await stdout;
        await process.WaitForExitAsync();

        // vnu writes its JSON report to standard error; anything else there means it could not run.
        using var report = JsonDocument.Parse(stderr);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(Describe)];
    }

    private static string Describe(JsonElement message)
    {
        var file = message.TryGetProperty("url", out var url) ? Path.GetFileName(new Uri(url.GetString()!).LocalPath) : "?";
        var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
        var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
        var extract = message.TryGetProperty("extract", out var e) ? " in `" + e.GetString()?.ReplaceLineEndings(" ") + "`" : string.Empty;
        return $"{file}:{line}:{column}: {message.GetProperty("message").GetString()}{extract}";
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
