using Clinic.Content;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Reports;
using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Clinic.Web.Export;

/// <summary>
/// <c>Clinic.Web export OUT/ [--Content:Root=PATH]</c>: starts the site in Production on a loopback port, refuses
/// while the claim linter reports errors (exit 1, listing them), else writes every page to OUT/ (exit 0).
/// </summary>
/// <remarks>
/// It lives in the site, not in clinic-content: the export is the site's own Production responses, and the site
/// already depends on the CLI project (its build gate), so the CLI cannot depend on the site.
/// </remarks>
internal static class ExportCommand
{
    public const string Name = "export";

    /// <summary>The export folder when <paramref name="args"/> asks for an export (null otherwise); the rest are host settings.</summary>
    public static string? Parse(ref string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        var folder = args.Length > 1 && !args[1].StartsWith('-') ? args[1] : string.Empty;
        args = folder.Length == 0 ? args[1..] : args[2..];
        return folder;
    }

    /// <summary>The setting the export runs with: tiered compilation off (see <see cref="RelaunchAsync"/>).</summary>
    public const string TieringVariable = "DOTNET_TieredCompilation";

    /// <summary>
    /// Runs this same export in a child process with tiered compilation off and returns its exit code; null when this
    /// process already is that child, the operator chose a tiering setting, or the site is not a composite ReadyToRun
    /// build (published as docs/deploy.md section 5 does), so the export runs here.
    /// </summary>
    /// <remarks>
    /// An export runs each code path a few thousand times and exits. Tiering compiles every hot method a second time,
    /// optimised, although the composite ReadyToRun image already holds optimised code for it: about 4,500 such
    /// recompiles in an export of 1,000 articles, a fifth of its CPU time. Off, the precompiled code runs as it is and
    /// only what the image lacks is compiled, once. The live site keeps tiering (a long-running server gains from it),
    /// and the runtime reads the setting only at start, hence a second process; the first costs tens of milliseconds.
    /// docs/performance.md has the measurements.
    /// </remarks>
    public static async Task<int?> RelaunchAsync(string[] commandLine, string folder)
    {
        if (folder.Length == 0 || Environment.GetEnvironmentVariable(TieringVariable) is not null
            || Environment.GetEnvironmentVariable("COMPlus_TieredCompilation") is not null || Environment.ProcessPath is not { } host
            || !IsCompositeReadyToRun())
        {
            return null;
        }

        var start = new System.Diagnostics.ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            // Started as `dotnet Clinic.Web.dll export ...`, not through the apphost.
            start.ArgumentList.Add(typeof(ExportCommand).Assembly.Location);
        }

        foreach (var arg in commandLine)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[TieringVariable] = "0";
        using var child = System.Diagnostics.Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    /// <summary>
    /// True when the site and the framework were compiled ahead of time into one composite image (named after the site's
    /// assembly). Only then is everything precompiled: a plain build's code would all be compiled fully optimised at
    /// first call with tiering off, which costs more than tiering does (measured: 10.8 s CPU instead of 7.8 s).
    /// </summary>
    private static bool IsCompositeReadyToRun()
    {
        var assembly = typeof(ExportCommand).Assembly.Location;
        return assembly.Length > 0 && File.Exists(Path.ChangeExtension(assembly, ".r2r.dll"));
    }

    /// <summary>How the site is hosted for an export: Production, no folder watcher, a free loopback port, a quiet log.</summary>
    public static WebApplicationOptions HostOptions(string[] args) => new()
    {
        Args =
        [
            .. args,
            "--Content:Watch=false",
            "--urls=http://127.0.0.1:0",
            // Its own requests are not news; the findings and the summary are.
            "--Serilog:MinimumLevel:Override:Clinic.Web.Requests=Warning",
            "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
        ],
        EnvironmentName = Environments.Production,
        ContentRootPath = AppContext.BaseDirectory,
    };

    public static async Task<int> RunAsync(WebApplication app, string folder, TextWriter output, TextWriter error)
    {
        if (folder.Length == 0)
        {
            await error.WriteLineAsync("Usage: Clinic.Web export OUT/ [--Content:Root=PATH]");
            return ExitCodes.Usage;
        }

        var outputFolder = Path.GetFullPath(folder);
        if (Directory.Exists(outputFolder) && Directory.EnumerateFileSystemEntries(outputFolder).Any()
            && !File.Exists(Path.Combine(outputFolder, SiteExporter.Marker)))
        {
            await error.WriteLineAsync($"export: {outputFolder} is not empty and was not written by an export; choose an empty or new folder.");
            return ExitCodes.Usage;
        }

        var source = app.Services.GetRequiredService<SnapshotSource>();
        var snapshot = source.Latest;
        var findings = app.Services.GetRequiredService<FindingsStore>().Of(snapshot);
        var errors = findings.All.Where(f => f.Finding.Severity == FindingSeverity.Error).ToList();
        if (errors.Count > 0 || findings.Problem is not null)
        {
            await error.WriteLineAsync($"export: refused: the claim linter reports {errors.Count} error(s); fix them, then export again.");
            foreach (var (path, finding) in errors)
            {
                await error.WriteLineAsync($"{snapshot.Display(path)}:{finding.Span.Line}:{finding.Span.Column}: error {finding.RuleId}: {finding.Message}");
            }

            if (findings.Problem is { } problem)
            {
                await error.WriteLineAsync($"{Clinic.Content.Workspace.ContentWorkspace.RulesFileName}: error: {problem}");
            }

            return ExitCodes.Problems;
        }

        // An earlier export's folder is brought up to date in place, not deleted: unchanged files stay as they were.
        var folderToWrite = ExportFolder.Open(outputFolder);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None, AllowAutoRedirect = false })
            {
                BaseAddress = new Uri(address),
            };
            await output.WriteLineAsync($"export: {snapshot.Root} -> {outputFolder}");
            var summary = await new SiteExporter(client, folderToWrite, output).RunAsync(CancellationToken.None);
            foreach (var link in summary.Broken)
            {
                await error.WriteLineAsync($"export: warning: a page links to {link}; it was not exported.");
            }

            await output.WriteLineAsync(
                $"export: {summary.Pages} addresses as {summary.Files} files ({summary.Bytes / 1024.0 / 1024.0:0.0} MB): {summary.Written} written, "
                + $"{summary.Unchanged} unchanged, {summary.Removed} stale removed, in {summary.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
