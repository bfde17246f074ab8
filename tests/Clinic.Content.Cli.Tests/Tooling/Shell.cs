using System.Diagnostics;

namespace Clinic.Content.Cli.Tests.Tooling;

/// <summary>Runs a real command (dotnet, bash, git) in a folder and captures what it printed.</summary>
public static class Shell
{
    /// <summary>Generous: a cold `dotnet pack` on a busy two-core machine takes a couple of minutes.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public static (int Exit, string Output) Run(string folder, string file, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The test's own build must not leak in: MSBuild node reuse and the test host's MSBuild variables.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
            if (value is null)
            {
                start.Environment.Remove(name);
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {Limit.TotalMinutes} minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
