using Clinic.Content.Articles;
using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;

namespace Clinic.Content.Workspace;

/// <summary>
/// A content folder and everything about where its files are: how the folder is found, which files are pages,
/// which rules file applies, and how paths are shown to staff. Nothing else locates or lists content.
/// </summary>
public sealed class ContentWorkspace
{
    /// <summary>The reviewers' claim rules, when the folder has its own (otherwise the linter's built-in copy applies).</summary>
    public const string RulesFileName = "claim-rules.yaml";

    /// <summary>A workspace on <paramref name="root"/>, reading within <paramref name="limits"/> through <paramref name="open"/> (the disk by default).</summary>
    public ContentWorkspace(string root, ContentLimits? limits = null, Func<string, Stream>? open = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = Path.GetFullPath(root);
        Reader = new ContentFileReader(Root, limits, open);
    }

    /// <summary>Full path of the content folder.</summary>
    public string Root { get; }

    /// <summary>The one safe way this workspace's files are read.</summary>
    public ContentFileReader Reader { get; }

    /// <summary>The bounds every read stays within.</summary>
    public ContentLimits Limits => Reader.Limits;

    /// <summary>The site settings file.</summary>
    public string SiteFile => Path.Combine(Root, "site.yaml");

    /// <summary>The research library.</summary>
    public string ReferencesFile => Path.Combine(Root, "references.yaml");

    /// <summary>The glossary (optional).</summary>
    public string GlossaryFile => Path.Combine(Root, "glossary.yaml");

    /// <summary>The FAQ page (optional).</summary>
    public string FaqFile => Path.Combine(Root, "faq.md");

    /// <summary>The folder of articles.</summary>
    public string ArticlesFolder => Path.Combine(Root, "articles");

    /// <summary>The folder of diagrams.</summary>
    public string DiagramsFolder => Path.Combine(Root, "diagrams");

    /// <summary>The files every page depends on (settings, library, glossary): a change to one of them means every page is judged again.</summary>
    public IReadOnlyList<string> SharedFiles => [SiteFile, ReferencesFile, GlossaryFile];

    /// <summary>The folder's own rules file, or null when the built-in rules apply (there is none, or it is not a file).</summary>
    public string? RulesFile => File.Exists(Path.Combine(Root, RulesFileName)) ? Path.Combine(Root, RulesFileName) : null;

    /// <summary>True for a content folder: site.yaml beside articles/ or references.yaml.</summary>
    public static bool IsRoot(string folder) =>
        File.Exists(Path.Combine(folder, "site.yaml"))
        && (Directory.Exists(Path.Combine(folder, "articles")) || File.Exists(Path.Combine(folder, "references.yaml")));

    /// <summary>The content folder a file or folder sits in (itself included), if any.</summary>
    public static string? FindContaining(string path)
    {
        var full = Path.GetFullPath(path);
        for (var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (IsRoot(folder))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>The repository's content folder, found from <paramref name="start"/> upwards (a folder named content beside it, or the folder itself).</summary>
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

    /// <summary>The content folder the first of <paramref name="paths"/> that lies in one belongs to, else the repository's above <paramref name="currentDirectory"/>.</summary>
    public static string? FindFor(IEnumerable<string> paths, string currentDirectory) =>
        paths.Select(FindContaining).FirstOrDefault(r => r is not null) ?? FindFrom(currentDirectory);

    /// <summary>
    /// The content folder a command or the site should use: <paramref name="given"/> (relative to <paramref name="currentDirectory"/>)
    /// when set, else the nearest content folder above any of <paramref name="searchFrom"/> (the current directory when none).
    /// Null, with <paramref name="problem"/> saying why and what to do, when there is none.
    /// </summary>
    public static string? Locate(string? given, string currentDirectory, out string problem, params string[] searchFrom)
    {
        problem = string.Empty;
        if (!string.IsNullOrWhiteSpace(given))
        {
            var full = Path.GetFullPath(given, currentDirectory);
            if (IsRoot(full))
            {
                return full;
            }

            problem = Directory.Exists(full)
                ? $"{full} is not a content folder: it needs site.yaml and an articles/ folder or references.yaml."
                : $"The content folder {full} does not exist.";
            return null;
        }

        foreach (var start in searchFrom.Length == 0 ? [currentDirectory] : searchFrom)
        {
            if (FindFrom(start) is { } found)
            {
                return found;
            }
        }

        problem = $"No content folder found at or above {currentDirectory}. Run the command inside the repository, or pass --content PATH.";
        return null;
    }

    /// <summary>
    /// Why <paramref name="folder"/> cannot be listed (the system's reason, e.g. permission denied), or null when it can or
    /// does not exist. The loader reports it as a problem; the site keeps serving what it read before.
    /// </summary>
    public static string? WhyUnlistable(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
                entries.MoveNext();
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    /// <summary>A content file's path as staff know it: relative to the folder holding content/, with forward slashes.</summary>
    public static string Display(string path, string contentRoot)
    {
        var parent = Path.GetDirectoryName(contentRoot) ?? contentRoot;
        return Path.GetRelativePath(parent, path).Replace('\\', '/');
    }

    /// <summary>A path in this workspace as staff know it (content/articles/x.md).</summary>
    public string Display(string path) => Display(path, Root);

    /// <summary>
    /// Lists the files one load reads: every Markdown file under articles/ (any letter case of .md, so case variants can
    /// be reported) and every file in diagrams/. Folders that are refused (links out of the folder, loops, too deep,
    /// unreadable) are reported into <paramref name="problems"/> and left out.
    /// </summary>
    public ContentListing List(List<ContentDiagnostic> problems)
    {
        var folder = new ContentFolder(Reader, problems);
        var articles = folder.Files(ArticlesFolder, recursive: true).Where(ArticleFileName.LooksLikeMarkdown).ToList();
        var diagrams = folder.Files(DiagramsFolder, recursive: false);
        return new ContentListing(articles, File.Exists(FaqFile) || new FileInfo(FaqFile).LinkTarget is not null ? FaqFile : null, diagrams);
    }

    /// <summary>Every page file a reader could be served (articles and the FAQ) that may be opened; refused files are left out.</summary>
    public IReadOnlyList<string> PageFiles() => List([]).Pages.Where(p => Reader.Refusal(p) is null).ToList();

    /// <summary>The article file already using the address /articles/<paramref name="slug"/>, in any sub-folder or letter case, if any.</summary>
    public string? ArticleFor(string slug) =>
        List([]).Articles.FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), slug, StringComparison.OrdinalIgnoreCase));
}
