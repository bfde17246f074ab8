namespace Clinic.Content.Reading;

/// <summary>The bounds every content read stays within, so one hostile or broken file cannot exhaust the host.</summary>
/// <remarks>The defaults sit far above any real clinic page and far below what would slow the site down.</remarks>
public sealed record ContentLimits
{
    /// <summary>The limits the site, the CLI and the linter use unless configured otherwise.</summary>
    public static ContentLimits Default { get; } = new();

    /// <summary>Largest article or FAQ file: the longest shipped article is under 20 KB, so 1 MB leaves fifty times the room.</summary>
    public long MaxPageBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest references.yaml: hundreds of entries fit in well under 1 MB.</summary>
    public long MaxReferencesBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Largest site.yaml: a dozen short settings.</summary>
    public long MaxSiteBytes { get; init; } = 64 * 1024;

    /// <summary>Largest diagram: a bigger SVG would slow every phone that opens the page.</summary>
    public long MaxDiagramBytes { get; init; } = 512 * 1024;

    /// <summary>Largest loose file the linter reads (a saved web page, a draft outside content/).</summary>
    public long MaxLintFileBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Deepest YAML nesting: front matter and references need three levels; parsers recurse per level.</summary>
    public int MaxYamlDepth { get; init; } = 32;

    /// <summary>Most YAML aliases in one file: content needs none, and each can stand for a whole copied block.</summary>
    public int MaxYamlAliases { get; init; } = 16;

    /// <summary>Deepest Markdown nesting (lists, quotes, emphasis, links): Markdig renders recursively and gives up at 128.</summary>
    public int MaxMarkdownNesting { get; init; } = 32;

    /// <summary>Most files one load reads: far above a clinic site, low enough that a stray folder cannot stall a reload.</summary>
    public int MaxFiles { get; init; } = 50_000;

    /// <summary>Deepest folder nesting under articles/.</summary>
    public int MaxFolderDepth { get; init; } = 16;

    /// <summary>Longest page address (file name without .md): long enough for any real title, short enough for a URL.</summary>
    public int MaxSlugLength { get; init; } = 80;

    /// <summary>How long one file's reading, parsing and rendering may take before it is reported and skipped.</summary>
    public TimeSpan FileTimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Most encoding problems reported per file; one is enough to act on, a few show the pattern.</summary>
    public int MaxEncodingProblems { get; init; } = 10;
}
