namespace Clinic.Testing;

/// <summary>A temporary copy of the shipped content, to edit or break without touching the repository.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clinic-tests", Guid.NewGuid().ToString("N"), "content");
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Content, "*", SearchOption.AllDirectories))
        {
            var target = PathOf(System.IO.Path.GetRelativePath(RepositoryRoot.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Full path of the copied content folder.</summary>
    public string Root { get; }

    public string PathOf(string relativePath) => System.IO.Path.Combine(Root, relativePath);

    /// <summary>Writes (or overwrites) a file in the copy and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
