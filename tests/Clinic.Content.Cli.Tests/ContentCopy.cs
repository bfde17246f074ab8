namespace Clinic.Content.Cli.Tests;

/// <summary>A temporary copy of the shipped content, to edit or break without touching the repository.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clinic-cli-tests", Guid.NewGuid().ToString("N"), "content");
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Content, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Root, System.IO.Path.GetRelativePath(RepositoryRoot.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string relativePath) => System.IO.Path.Combine(Root, relativePath);

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
