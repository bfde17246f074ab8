namespace Clinic.Content;

/// <summary>Recognises a content folder: one with site.yaml beside articles/ or references.yaml.</summary>
public static class ContentRoot
{
    public static bool IsRoot(string folder) =>
        File.Exists(Path.Combine(folder, "site.yaml"))
        && (Directory.Exists(Path.Combine(folder, "articles")) || File.Exists(Path.Combine(folder, "references.yaml")));

    /// <summary>The content folder a file or folder sits in, if any.</summary>
    public static string? Find(string file)
    {
        for (var folder = Directory.Exists(file) ? file : Path.GetDirectoryName(file); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (IsRoot(folder))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>The repository's content folder, found from <paramref name="start"/> upwards (a folder named content beside it).</summary>
    public static string? FindFrom(string start)
    {
        for (var folder = Path.GetFullPath(start); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "content");
            if (IsRoot(candidate))
            {
                return candidate;
            }

            if (IsRoot(folder))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>A content file's path as staff know it: relative to the folder holding content/, with forward slashes.</summary>
    public static string Display(string path, string contentRoot)
    {
        var parent = Path.GetDirectoryName(contentRoot) ?? contentRoot;
        return Path.GetRelativePath(parent, path).Replace('\\', '/');
    }
}
