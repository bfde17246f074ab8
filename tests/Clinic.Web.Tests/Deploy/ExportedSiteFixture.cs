namespace Clinic.Web.Tests.Deploy;

/// <summary>The shipped content exported once, next to the live Production site on the same content.</summary>
public sealed class ExportedSiteFixture : IAsyncLifetime
{
    private readonly string parent = Path.Combine(Path.GetTempPath(), "clinic-tests", Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(parent, "site");

    public SiteFactory Live { get; } = new();

    public string Output { get; private set; } = string.Empty;

    /// <summary>Every file the export wrote, relative to <see cref="Folder"/>, bookkeeping and variants left out.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var (exit, output, error) = await SiteExport.RunAsync(RepositoryRoot.Content, Folder);
        exit.Should().Be(0, $"the shipped content exports cleanly:\n{output}\n{error}");
        Output = output;
        Pages = Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f))
            .Where(f => !f.EndsWith(".br", StringComparison.Ordinal) && !f.EndsWith(".gz", StringComparison.Ordinal) && !f.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public Task DisposeAsync()
    {
        Live.Dispose();
        try
        {
            Directory.Delete(parent, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ExportedSiteCollection : ICollectionFixture<ExportedSiteFixture>
{
    public const string Name = "exported site";
}
