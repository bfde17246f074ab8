namespace Clinic.Web.ContentHosting;

/// <summary>Shows a content file's path as staff know it: <c>content/articles/x.md</c>.</summary>
internal static class DisplayPath
{
    public static string Of(string path, string contentRoot)
    {
        var parent = Path.GetDirectoryName(contentRoot) ?? contentRoot;
        return Path.GetRelativePath(parent, path).Replace('\\', '/');
    }
}
