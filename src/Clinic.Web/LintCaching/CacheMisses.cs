using Clinic.Content;
using Clinic.Content.Lint.Checks;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Pages;

namespace Clinic.Web.LintCaching;

/// <summary>
/// Lints what the cache does not know: some pages, and the findings of no page when their key is new. The result is
/// what a lint of the whole folder would find for those keys (<c>LintCacheTests</c> compares the two).
/// </summary>
internal sealed class CacheMisses(ClaimLinter linter, ContentSnapshot snapshot, List<ContentPage> pages, LintCacheKeys keys)
{
    /// <summary>
    /// The findings of <paramref name="missing"/> and, unless <paramref name="othersKnown"/>, of no page, by key.
    /// <paramref name="remember"/> is false when the run stopped listing findings part-way, so they are incomplete.
    /// </summary>
    public Dictionary<string, Finding[]> Lint(List<ContentPage> missing, bool othersKnown, out bool remember)
    {
        var otherPaths = othersKnown ? [] : OtherPaths();
        var whole = otherPaths is null || (!othersKnown && missing.Count == pages.Count);
        var only = whole ? null : missing.Select(p => Path.GetFullPath(p.SourcePath)).Concat(otherPaths!).ToHashSet(StringComparer.Ordinal);
        var report = linter.Lint(snapshot, only);
        var byPath = report.Findings.ToLookup(f => Path.GetFullPath(Path.Combine(linter.Options.WorkingDirectory, f.File)), StringComparer.Ordinal);

        var found = new Dictionary<string, Finding[]>(StringComparer.Ordinal);
        foreach (var page in whole ? pages : missing)
        {
            var path = Path.GetFullPath(page.SourcePath);
            found[keys.Pages[path]] = [.. byPath[path]];
        }

        if (!othersKnown)
        {
            var others = byPath.Where(g => !keys.Pages.ContainsKey(g.Key)).SelectMany(g => g).ToList();
            if (!whole)
            {
                // A run limited to some files leaves out the library check, which looks at every page's citations.
                CitationCheck.RunOnLibrary(linter.Rules, snapshot.References, LintCacheKeys.CitedKeys(pages), linter.Options.Display, others);
            }

            found[keys.Others] = [.. others];
        }

        remember = report.Findings.Count < linter.Options.MaxFindingsPerRun;
        return found;
    }

    /// <summary>Every file a run limited to pages would leave out, or null when one cannot be named (then the whole folder is linted).</summary>
    private List<string>? OtherPaths()
    {
        var paths = new List<string>();
        foreach (var path in snapshot.Diagnostics.Select(d => d.Path).Concat(snapshot.UnreadPages().Select(p => p.Key)))
        {
            if (!Path.IsPathFullyQualified(path))
            {
                return null;
            }

            paths.Add(Path.GetFullPath(path));
        }

        if (snapshot.Glossary.SourcePath is { } glossary)
        {
            paths.Add(Path.GetFullPath(glossary));
        }

        return paths.Where(p => !keys.Pages.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToList();
    }
}
