using Clinic.Content.Workspace;

namespace Clinic.Content.Lint.Linting;

/// <summary>
/// The paths a lint run reads, sorted into content folders and loose pages; each content folder starts loading on the
/// thread pool as soon as it is named, so a command can load its rules meanwhile.
/// </summary>
/// <remarks>
/// Reading the rules (YAML, word lists, patterns, the reader's weights) and loading a content folder share nothing, and
/// each leaves a core of a small machine idle for part of its time; started together they overlap.
/// </remarks>
public sealed class LintInput
{
    private readonly Dictionary<string, Task<ContentSnapshot>> snapshots = new(StringComparer.Ordinal);

    private LintInput(IEnumerable<string> paths, LintOptions options)
    {
        Sorted = LoosePages.Sort(paths);
        foreach (var root in Sorted.ContentFolders.Keys)
        {
            snapshots[root] = Task.Run(() => ContentLoader.Load(new ContentWorkspace(root, options.Limits)));
        }
    }

    /// <summary>The paths sorted into content folders, loose pages and missing paths.</summary>
    public LoosePages Sorted { get; }

    /// <summary>Sorts <paramref name="paths"/> and starts loading each content folder among them, within the limits of <paramref name="options"/>.</summary>
    public static LintInput Open(IEnumerable<string> paths, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        return new LintInput(paths, options);
    }

    /// <summary>The loaded content folder at <paramref name="root"/> (one of <see cref="LoosePages.ContentFolders"/>); a load that failed throws here.</summary>
    internal ContentSnapshot Snapshot(string root) => snapshots[root].GetAwaiter().GetResult();
}
