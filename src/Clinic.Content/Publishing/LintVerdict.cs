namespace Clinic.Content.Publishing;

/// <summary>What the claim linter said about the files of one snapshot, in the terms publication needs.</summary>
public sealed class LintVerdict
{
    private readonly HashSet<string> held;

    /// <summary>The verdict from <paramref name="findings"/>: each finding's file (full path) and weight.</summary>
    public LintVerdict(IEnumerable<(string Path, FindingWeight Weight)> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = findings.ToList();
        held = list.Where(f => f.Weight is FindingWeight.ReaderFacing or FindingWeight.NotChecked).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        // A page the linter could not check holds back that page only; a failure anywhere else (the folder as a whole,
        // the reference library every page cites) means no page can be trusted as checked.
        NothingChecked = list.Exists(f => f.Weight == FindingWeight.NotChecked && !Articles.ArticleFileName.LooksLikeMarkdown(f.Path));
    }

    private LintVerdict()
    {
        held = [];
        NothingChecked = true;
    }

    /// <summary>Nothing found (or, in a preview, nothing linted yet).</summary>
    public static LintVerdict Clean { get; } = new([]);

    /// <summary>The linter could not run at all: no page counts as checked.</summary>
    public static LintVerdict Unchecked { get; } = new();

    /// <summary>True when the linter could not run as a whole, so that every page counts as unchecked (fail closed).</summary>
    public bool NothingChecked { get; }

    /// <summary>True when the linter found in the file something readers must not see, or could not check it.</summary>
    public bool Holds(string path) => NothingChecked || held.Contains(path);
}
