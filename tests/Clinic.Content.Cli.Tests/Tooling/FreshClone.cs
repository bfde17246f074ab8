namespace Clinic.Content.Cli.Tests.Tooling;

/// <summary>What a fresh clone holds: the repository's files that git tracks (or would), without build output.</summary>
public sealed class FreshClone : IDisposable
{
    public FreshClone()
    {
        Root = Path.Combine(Path.GetTempPath(), "clinic-clone-" + Guid.NewGuid().ToString("N"));
        var (exit, listing) = Shell.Run(RepositoryRoot.Path, "git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"]);
        exit.Should().Be(0, listing);
        foreach (var file in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(RepositoryRoot.Path, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree, not yet committed
            }

            var target = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    public string Root { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
