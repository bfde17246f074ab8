namespace Clinic.Content.Workspace;

/// <summary>
/// Sorts the paths named to the linter: a content folder is judged whole, Markdown inside one is judged with its folder
/// (its library, its glossary), and every other .md, .txt, .html or .htm file is a loose page. Folders are walked in
/// ordinal order without following links (a link to ".." would make the walk endless) or entering build and tool folders.
/// </summary>
public sealed class LoosePages
{
    private static readonly string[] PageExtensions = [".md", ".html", ".htm", ".txt"];
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git"];

    private LoosePages()
    {
    }

    /// <summary>The content folders named or reached, each with the files asked for, or null for the whole folder.</summary>
    public Dictionary<string, List<string>?> ContentFolders { get; } = new(StringComparer.Ordinal);

    /// <summary>Files outside any content folder, or that are not Markdown, in the order they were named or found.</summary>
    public List<string> Loose { get; } = [];

    /// <summary>Paths that name nothing, in the order they were named.</summary>
    public List<string> Missing { get; } = [];

    /// <summary>Sorts <paramref name="paths"/> (files and folders) into content folders, loose pages and missing paths.</summary>
    public static LoosePages Sort(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sorted = new LoosePages();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                if (ContentWorkspace.IsRoot(path))
                {
                    sorted.ContentFolders[Path.GetFullPath(path)] = null;
                    continue;
                }

                foreach (var file in Walk(path))
                {
                    sorted.Add(file);
                }
            }
            else if (File.Exists(path))
            {
                sorted.Add(path);
            }
            else
            {
                sorted.Missing.Add(path);
            }
        }

        return sorted;
    }

    private void Add(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetExtension(full).Equals(".md", StringComparison.OrdinalIgnoreCase) && ContentWorkspace.FindContaining(full) is { } root)
        {
            if (!ContentFolders.TryGetValue(root, out var files))
            {
                ContentFolders[root] = files = [];
            }

            files?.Add(full);
            return;
        }

        Loose.Add(path);
    }

    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (PageExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase) && new DirectoryInfo(sub).LinkTarget is null)
            {
                foreach (var file in Walk(sub))
                {
                    yield return file;
                }
            }
        }
    }
}
