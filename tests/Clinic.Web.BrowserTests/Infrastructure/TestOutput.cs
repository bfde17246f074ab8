namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>Where the run leaves files for people to look at: screenshots, print PDFs, checked HTML (gitignored).</summary>
public static class TestOutput
{
    public static string Screenshots { get; } = Folder("screenshots");

    /// <summary>A file name for a page path: "/" is "home", "/articles/x" is "articles-x".</summary>
    public static string NameOf(string path) =>
        path.Trim('/') is { Length: > 0 } trimmed ? trimmed.Replace('/', '-').Replace('?', '-') : "home";

    private static string Folder(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
