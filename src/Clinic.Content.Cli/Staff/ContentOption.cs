using System.CommandLine;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Staff;

/// <summary>The <c>--content PATH</c> option every staff command takes, and what the commands do with it.</summary>
internal static class ContentOption
{
    public static Option<string?> Create() => new("--content")
    {
        Description = "The content folder (default: the nearest content/ at or above the current folder).",
        HelpName = "PATH",
    };

    /// <summary>
    /// The content folder the option names, or the nearest one above the current folder; null, with the reason written to
    /// <paramref name="error"/>, when there is none (the command then exits with the usage code).
    /// </summary>
    public static string? Locate(string? contentPath, TextWriter error)
    {
        var root = ContentWorkspace.Locate(contentPath, Environment.CurrentDirectory, out var problem);
        if (root is null)
        {
            error.WriteLine(problem);
        }

        return root;
    }
}
