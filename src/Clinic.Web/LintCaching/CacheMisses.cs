using Clinic.Content;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Pages;

namespace Clinic.Web.LintCaching;

/// <summary>
/// Lints what the cache does not know: some pages, or the whole folder when the findings of no page are new too (the
/// library check reads every page's citations, and only a whole-folder run makes it). The result is what a lint of the
/// whole folder would find for those keys (<c>LintCacheTests</c> compares the two).
/// </summary>
internal sealed class CacheMisses(ClaimLinter linter, ContentSnapshot snapshot, List<ContentPage> pages, LintCacheKeys keys)
{
    /// <summary>
    /// The findings of <paramref name="missing"/> and, unless <paramref name="othersKnown"/>, of no page, by key.
    /// <paramref name="remember"/> is false when the run stopped listing findings part-way, so they are incomplete.
    /// </summary>
    public Dictionary<string, Finding[]> Lint(List<ContentPage> missing, bool othersKnown, out bool remember)
    {
        var whole = !othersKnown;
        var only = whole ? null : missing.Select(p => Path.GetFullPath(p.SourcePath)).ToHashSet(StringComparer.Ordinal);
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
            found[keys.Others] = [.. byPath.Where(g => !keys.Pages.ContainsKey(g.Key)).SelectMany(g => g)];
        }

        remember = report.Findings.Count < linter.Options.MaxFindingsPerRun;
        return found;
    }
}
