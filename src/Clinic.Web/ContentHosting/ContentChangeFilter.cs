namespace Clinic.Web.ContentHosting;

/// <summary>Which file-system events can change the site: content files and folders, not editors' temporary files.</summary>
internal static class ContentChangeFilter
{
    private static readonly string[] ContentExtensions = [".md", ".yaml", ".yml", ".svg"];

    public static bool Matters(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (name.Length == 0 || name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~'))
        {
            return false; // .x.md.swp, .#x.md, #x.md#, x.md~: editors' working files; the real save follows
        }

        // No extension: most likely a folder (articles/ deleted or recreated), which changes which files exist.
        var extension = Path.GetExtension(name);
        return extension.Length == 0 || ContentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }
}
