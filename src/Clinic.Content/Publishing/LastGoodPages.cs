using Clinic.Content.Articles;
using Clinic.Content.Diagnostics;
using Clinic.Content.Diagrams;
using Clinic.Content.Faq;
using Clinic.Content.Pages;
using Clinic.Content.Workspace;

namespace Clinic.Content.Publishing;

/// <summary>Builds what the public site serves after a reload: each page's new version, or its last good one when the new one is broken.</summary>
/// <remarks>
/// A half-finished save must never take a live page down or publish a broken one. Which new versions are held back is
/// <see cref="PublicationPolicy.Withholds"/>'s to say.
/// </remarks>
public static class LastGoodPages
{
    /// <summary>Merges <paramref name="next"/> with <paramref name="previous"/> (null on the first load).</summary>
    /// <param name="previous">What was served before (the result of the previous merge); null on the first load.</param>
    /// <param name="next">What was just read.</param>
    /// <param name="policy">
    /// Decides which pages must not be served as read. A preview withholds none, and still keeps a page whose file could
    /// not be read as a page at all (a save caught half-way), instead of answering 404 until the next save.
    /// </param>
    /// <param name="lint">What the linter said about <paramref name="next"/>.</param>
    public static RetainedSnapshot Merge(ContentSnapshot? previous, ContentSnapshot next, PublicationPolicy policy, LintVerdict lint)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(lint);
        var brokenFiles = next.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Path)
            .ToHashSet(StringComparer.Ordinal);
        bool Broken(ContentPage page) => policy.Withholds(page, lint);
        var retained = new List<string>();
        var withheld = new List<string>();

        var articles = MergeArticles(previous, next, brokenFiles, Broken, retained, withheld);
        var faq = MergeFaq(previous, next, brokenFiles, Broken, retained, withheld);
        var files = new ContentWorkspace(next.Root);
        var site = KeepIfBroken(previous?.Site, next.Site, files.SiteFile, brokenFiles, retained);
        var references = KeepIfBroken(previous?.References, next.References, files.ReferencesFile, brokenFiles, retained);
        var glossary = KeepIfBroken(previous?.Glossary, next.Glossary, files.GlossaryFile, brokenFiles, retained);
        var diagrams = MergeDiagrams(previous, next, files.DiagramsFolder, brokenFiles, retained);

        var snapshot = new ContentSnapshot(next.Root, site, articles, faq, references, glossary, diagrams, next.Diagnostics, next.LoadedAt, next.ReadTexts);
        return new RetainedSnapshot(snapshot, retained, withheld);
    }

    private static List<Article> MergeArticles(
        ContentSnapshot? previous, ContentSnapshot next, HashSet<string> brokenFiles, Func<ContentPage, bool> broken,
        List<string> retained, List<string> withheld)
    {
        // What was served before passed this same test when it was read, so it is the last good version.
        var lastGood = (previous?.Articles ?? []).ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var merged = new List<Article>();
        foreach (var article in next.Articles)
        {
            if (!broken(article))
            {
                merged.Add(article);
            }
            else if (lastGood.TryGetValue(article.Slug, out var good))
            {
                merged.Add(good);
                retained.Add(article.SourcePath);
            }
            else
            {
                withheld.Add(article.SourcePath);
            }
        }

        // A file so broken that it could not be read as a page at all (no front matter, unreadable) is still there:
        // keep serving its last good version. A file that was deleted has no diagnostic, so its page goes.
        var slugs = next.Articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var good in lastGood.Values.Where(a => !slugs.Contains(a.Slug) && brokenFiles.Contains(a.SourcePath)))
        {
            merged.Add(good);
            retained.Add(good.SourcePath);
        }

        return merged;
    }

    private static FaqPage? MergeFaq(
        ContentSnapshot? previous, ContentSnapshot next, HashSet<string> brokenFiles, Func<ContentPage, bool> broken,
        List<string> retained, List<string> withheld)
    {
        var lastGood = previous?.Faq;
        if (next.Faq is { } faq)
        {
            if (!broken(faq))
            {
                return faq;
            }

            if (lastGood is null)
            {
                withheld.Add(faq.SourcePath);
                return null;
            }
        }
        else if (lastGood is null || !brokenFiles.Contains(lastGood.SourcePath))
        {
            return null;
        }

        retained.Add(lastGood.SourcePath);
        return lastGood;
    }

    private static T KeepIfBroken<T>(T? lastGood, T current, string path, HashSet<string> brokenFiles, List<string> retained)
        where T : class
    {
        // Shared files (site settings, the research library) are kept whole: a half-read library would break every page.
        if (lastGood is null || !brokenFiles.Contains(path))
        {
            return current;
        }

        retained.Add(path);
        return lastGood;
    }

    private static List<Diagram> MergeDiagrams(ContentSnapshot? previous, ContentSnapshot next, string folder, HashSet<string> brokenFiles, List<string> retained)
    {
        var merged = next.Diagrams.Values.ToList();
        foreach (var (name, good) in previous?.Diagrams ?? new Dictionary<string, Diagram>())
        {
            var path = Path.Combine(folder, name);
            if (!next.Diagrams.ContainsKey(name) && brokenFiles.Contains(path))
            {
                merged.Add(good);
                retained.Add(path);
            }
        }

        return merged.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
    }
}
