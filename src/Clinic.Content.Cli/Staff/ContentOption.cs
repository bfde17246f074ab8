using System.CommandLine;

namespace Clinic.Content.Cli.Staff;

/// <summary>The <c>--content PATH</c> option every staff command takes.</summary>
internal static class ContentOption
{
    public static Option<string?> Create() => new("--content")
    {
        Description = "The content folder (default: the nearest content/ at or above the current folder).",
        HelpName = "PATH",
    };
}
