namespace Clinic.Content.Cli.Staff;

/// <summary>Finds the content folder: <c>--content PATH</c> when given, else the nearest <c>content/</c> at or above the current folder.</summary>
public static class ContentFolder
{
    /// <summary>The full path of the content folder, or null with <paramref name="problem"/> saying why there is none.</summary>
    public static string? Resolve(string? given, string currentDirectory, out string problem)
    {
        problem = string.Empty;
        if (!string.IsNullOrWhiteSpace(given))
        {
            var full = Path.GetFullPath(given, currentDirectory);
            if (File.Exists(Path.Combine(full, "site.yaml")))
            {
                return full;
            }

            problem = Directory.Exists(full)
                ? $"{full} is not a content folder: it has no site.yaml."
                : $"The content folder {full} does not exist.";
            return null;
        }

        if (ContentRoot.FindFrom(currentDirectory) is { } found)
        {
            return found;
        }

        problem = $"No content folder found at or above {currentDirectory}. Run the command inside the repository, or pass --content PATH.";
        return null;
    }
}
