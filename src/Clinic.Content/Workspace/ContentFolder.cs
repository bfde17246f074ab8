using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;

namespace Clinic.Content.Workspace;

/// <summary>
/// Lists the files of a content sub-folder without ever leaving the content root: linked folders are followed only
/// when their real path is inside the root and not yet visited (no loops), unreadable folders are reported, and the
/// walk stops at a depth and a file count.
/// </summary>
internal sealed class ContentFolder(ContentFileReader reader, List<ContentDiagnostic> diagnostics)
{
    private int filesListed;

    /// <summary>The files under <paramref name="folder"/> (recursively when asked), in ordinal path order.</summary>
    public List<string> Files(string folder, bool recursive)
    {
        var found = new List<string>();
        if (!Directory.Exists(folder))
        {
            return found;
        }

        var limits = reader.Limits;
        var top = RealPath.Resolve(folder) ?? Path.GetFullPath(folder);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((folder, 0));
        while (pending.TryPop(out var current))
        {
            var real = RealPath.Resolve(current.Path);
            if (real is null || !RealPath.IsWithin(real, top) || (reader.Root is { } root && !RealPath.IsWithin(real, root)))
            {
                Refuse(current.Path, real is null
                    ? "The folder is a link that loops back on itself, so it is skipped."
                    : $"The folder is a link to {real}, outside {Path.GetFileName(folder)}/, so it is skipped.",
                    "Move the files into the content folder instead of linking to them.");
                continue;
            }

            if (!visited.Add(real))
            {
                Refuse(current.Path, "The folder is a link to a folder that is already read, so it is skipped (it would be read forever).",
                    "Remove the link.");
                continue;
            }

            if (current.Depth > limits.MaxFolderDepth)
            {
                Refuse(current.Path, $"The folder is nested more than {limits.MaxFolderDepth} levels deep, so it is skipped.",
                    "Keep articles at most a few folders deep.");
                continue;
            }

            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(current.Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Refuse(current.Path, $"The folder cannot be read ({ex.Message}), so the pages in it are not loaded.",
                    "Give the site permission to read the folder (for example `chmod a+rx` on it).");
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    subfolders.Add(entry);
                }
                else if (++filesListed > limits.MaxFiles)
                {
                    Refuse(current.Path, $"The content folder holds more than {limits.MaxFiles} files; the rest are not read.",
                        "Remove files that are not content, or raise the file limit.");
                    return Sorted(found);
                }
                else
                {
                    found.Add(entry);
                }
            }

            if (recursive)
            {
                for (var i = subfolders.Count - 1; i >= 0; i--)
                {
                    pending.Push((subfolders[i], current.Depth + 1));
                }
            }
        }

        return Sorted(found);
    }

    private static List<string> Sorted(List<string> files)
    {
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private void Refuse(string path, string message, string hint)
    {
        var bag = new DiagnosticBag(path);
        bag.Error(SourcePosition.Start, DiagnosticCodes.RefusedFile, message, hint);
        diagnostics.AddRange(bag.Items);
    }
}
