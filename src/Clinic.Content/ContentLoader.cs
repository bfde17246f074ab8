using Clinic.Content.Articles;
using Clinic.Content.Diagnostics;
using Clinic.Content.Diagrams;
using Clinic.Content.Faq;
using Clinic.Content.Glossary;
using Clinic.Content.Pages;
using Clinic.Content.Reading;
using Clinic.Content.References;
using Clinic.Content.Site;
using Clinic.Content.Workspace;

namespace Clinic.Content;

/// <summary>Reads a content workspace into a <see cref="ContentSnapshot"/>, each file once. Never throws on bad content.</summary>
/// <remarks>Every file goes through <see cref="ContentFileReader"/> (regular files inside the root, size-capped, strict UTF-8)
/// and is parsed under <see cref="ContentLimits.FileTimeBudget"/>; a file over any limit is a diagnostic and the rest load as before.</remarks>
public static class ContentLoader
{
    /// <summary>Reads everything under <paramref name="contentRoot"/> within <paramref name="limits"/> (the defaults when null).</summary>
    public static ContentSnapshot Load(string contentRoot, TimeProvider? clock = null, ContentLimits? limits = null) =>
        Load(new ContentWorkspace(contentRoot, limits), clock);

    /// <summary>Reads every file of <paramref name="workspace"/> once, the rules file included, into one snapshot.</summary>
    public static ContentSnapshot Load(ContentWorkspace workspace, TimeProvider? clock = null) => Load(workspace, clock, maxParallelFiles: -1);

    /// <summary>As <see cref="Load(ContentWorkspace, TimeProvider?)"/>, reading at most <paramref name="maxParallelFiles"/> articles at once (-1: one per core and more).</summary>
    internal static ContentSnapshot Load(ContentWorkspace workspace, TimeProvider? clock, int maxParallelFiles)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var limits = workspace.Limits;
        var root = workspace.Root;
        var reader = workspace.Reader;
        var diagnostics = new List<ContentDiagnostic>();
        var loadedAt = (clock ?? TimeProvider.System).GetUtcNow();
        if (!CanList(root, diagnostics))
        {
            return ContentSnapshot.Empty(root, diagnostics, loadedAt);
        }

        // The text of every file read, so the linter judges exactly this text and never opens a file a second time.
        var texts = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Func<string, DiagnosticBag, T?> Kept<T>(string path, Func<string, DiagnosticBag, T?> read) => (text, bag) =>
        {
            texts[path] = text;
            return read(text, bag);
        };

        var site = ReadFile(reader, workspace.SiteFile, limits.MaxSiteBytes, required: true, diagnostics,
            Kept(workspace.SiteFile, (text, bag) => SiteSettingsReader.Read(text, bag, limits))) ?? SiteSettings.Fallback;
        var referencesPath = workspace.ReferencesFile;
        var references = ReadFile(reader, referencesPath, limits.MaxReferencesBytes, required: true, diagnostics,
            Kept(referencesPath, (text, bag) => ReferenceLibraryReader.Read(referencesPath, text, bag, limits))) ?? [];
        var library = references.ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        var glossaryPath = workspace.GlossaryFile;
        var glossary = ReadFile(reader, glossaryPath, limits.MaxReferencesBytes, required: false, diagnostics,
                Kept(glossaryPath, (text, bag) => GlossaryReader.Read(glossaryPath, text, library, bag, limits)))
            ?? SiteGlossary.Empty;
        if (workspace.RulesFile is { } rulesPath)
        {
            ReadFile(reader, rulesPath, limits.MaxReferencesBytes, required: false, diagnostics, Kept(rulesPath, (text, _) => text));
        }

        var listing = workspace.List(diagnostics);
        var articles = ReadArticles(reader, workspace.ArticlesFolder, listing.Articles, library, glossary, diagnostics, Kept, maxParallelFiles);
        var faqPath = workspace.FaqFile;
        var faq = ReadFile(reader, faqPath, limits.MaxPageBytes, required: false, diagnostics,
            Kept(faqPath, (text, bag) => FaqReader.Read(faqPath, text, library, glossary, bag, limits)));
        var diagrams = ReadDiagrams(reader, listing.Diagrams, diagnostics);

        // A page keeps its own text; the snapshot keeps the rest (shared files, and files that could not be read as pages).
        foreach (var page in articles.Cast<ContentPage>().Append(faq).OfType<ContentPage>())
        {
            texts.TryRemove(page.SourcePath, out _);
        }

        return new ContentSnapshot(root, site, articles, faq, references, glossary, diagrams, diagnostics, loadedAt, texts);
    }

    private static List<Article> ReadArticles(
        ContentFileReader reader, string articlesFolder, IReadOnlyList<string> files, IReadOnlyDictionary<string, Reference> library, SiteGlossary glossary,
        List<ContentDiagnostic> diagnostics, Func<string, Func<string, DiagnosticBag, Article?>, Func<string, DiagnosticBag, Article?>> kept,
        int maxParallelFiles)
    {
        var limits = reader.Limits;
        var candidates = files;

        // Files whose addresses differ only in letter case would take over each other's page; both hear about it.
        var byKey = candidates.ToLookup(ArticleFileName.Key, StringComparer.Ordinal);
        var named = candidates.Select(path => NameProblems(path, byKey[ArticleFileName.Key(path)].Where(p => p != path).ToList(), limits)).ToArray();

        // Files are parsed in parallel (start-up scales with cores) and then taken in file order, so the result,
        // duplicate detection included, is the same as reading them one by one.
        var read = new (Article? Article, List<ContentDiagnostic> Diagnostics)[candidates.Count];
        Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelFiles }, i =>
        {
            var found = new List<ContentDiagnostic>();
            var path = candidates[i];
            read[i] = named[i].Publishable
                ? (ReadFile(reader, path, limits.MaxPageBytes, required: true, found, kept(path, (text, bag) => ArticleReader.Read(path, text, library, glossary, bag, limits))), found)
                : (Unpublished(reader, path, kept), found);
        });

        var articles = new List<Article>();
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var path = candidates[i];
            diagnostics.AddRange(named[i].Diagnostics);
            if (!named[i].Publishable)
            {
                continue;
            }

            var slug = Path.GetFileNameWithoutExtension(path);
            if (published.TryGetValue(slug, out var first))
            {
                var duplicate = new DiagnosticBag(path);
                duplicate.Error(SourcePosition.Start, DiagnosticCodes.DuplicateSlug,
                    $"The address /articles/{slug} is already used by {Path.GetRelativePath(articlesFolder, first)}, so this file is not published.",
                    "Rename one of the two files so that each article has its own file name.");
                diagnostics.AddRange(duplicate.Items);
                continue;
            }

            diagnostics.AddRange(read[i].Diagnostics);
            if (read[i].Article is { } article)
            {
                published[slug] = path;
                articles.Add(article);
            }
        }

        return articles;
    }

    /// <summary>
    /// Reads a page whose name cannot be an address, only so the linter can judge its claims: it is never published, and
    /// why it cannot be read is not reported again (its name is the problem to fix first).
    /// </summary>
    private static Article? Unpublished(ContentFileReader reader, string path, Func<string, Func<string, DiagnosticBag, Article?>, Func<string, DiagnosticBag, Article?>> kept)
    {
        var ignored = new DiagnosticBag(path);
        return reader.ReadText(path, reader.Limits.MaxPageBytes, ignored) is { } text ? kept(path, (_, _) => null)(text, ignored) : null;
    }

    /// <summary>Checks a file name as an address, and reports letter-case twins: on the invalid file as an error, on the valid one as a warning.</summary>
    private static (bool Publishable, IReadOnlyList<ContentDiagnostic> Diagnostics) NameProblems(string path, List<string> twins, ContentLimits limits)
    {
        var bag = new DiagnosticBag(path);
        if (ArticleFileName.Problem(path, limits.MaxSlugLength) is { } problem)
        {
            ArticleFileName.Report(bag, problem);
            foreach (var other in twins)
            {
                bag.Error(SourcePosition.Start, DiagnosticCodes.DuplicateSlug,
                    $"This name differs only in letter case from {Path.GetFileName(other)}, which keeps the address.",
                    "Delete or rename this file; file names of articles are always lower-case.");
            }

            return (false, bag.Items);
        }

        foreach (var other in twins.Where(o => Path.GetFileName(o) != Path.GetFileName(path)))
        {
            bag.Warning(SourcePosition.Start, DiagnosticCodes.DuplicateSlug,
                $"Another file, {Path.GetFileName(other)}, differs from this one only in letter case; it is not published, this file is.",
                $"Delete or rename {Path.GetFileName(other)} so that there is one file per address.");
        }

        return (true, bag.Items);
    }

    private static List<Diagram> ReadDiagrams(ContentFileReader reader, IReadOnlyList<string> files, List<ContentDiagnostic> diagnostics)
    {
        var diagrams = new List<Diagram>();
        foreach (var path in files.Where(p => Path.GetExtension(p).Equals(".svg", StringComparison.OrdinalIgnoreCase)))
        {
            var bag = new DiagnosticBag(path);
            if (Path.GetExtension(path) != ".svg")
            {
                bag.Error(SourcePosition.Start, DiagnosticCodes.InvalidFileName,
                    $"The diagram '{Path.GetFileName(path)}' must end in lower-case '.svg' to be served.",
                    $"Rename it to '{Path.GetFileNameWithoutExtension(path)}.svg'.");
            }
            else if (reader.ReadBytes(path, reader.Limits.MaxDiagramBytes, bag) is { } svg && SvgCheck.IsSafe(svg, bag))
            {
                diagrams.Add(new Diagram(Path.GetFileName(path), svg, File.GetLastWriteTimeUtc(path)));
            }

            diagnostics.AddRange(bag.Items);
        }

        return diagrams;
    }

    /// <summary>Reads and parses one file within its size limit and time budget; every failure becomes a diagnostic.</summary>
    private static T? ReadFile<T>(
        ContentFileReader reader, string path, long maxBytes, bool required, List<ContentDiagnostic> diagnostics, Func<string, DiagnosticBag, T?> read)
        where T : class
    {
        var bag = new DiagnosticBag(path);
        try
        {
            if (!File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
            {
                if (required)
                {
                    bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFile,
                        $"The file {Path.GetFileName(path)} is missing.", "Create it; docs/content-format.md shows what goes in it.");
                }

                return null;
            }

            // The work gets its own bag: if the budget runs out, the abandoned work must not write into what is reported.
            var work = new DiagnosticBag(path);
            if (!TimeBudget.TryRun(() => reader.ReadText(path, maxBytes, work) is { } text ? read(text, work) : null, reader.Limits.FileTimeBudget, out var result))
            {
                bag.Error(SourcePosition.Start, DiagnosticCodes.TooSlow,
                    $"Reading the file took longer than {reader.Limits.FileTimeBudget.TotalSeconds:0.#} seconds, so it is not loaded.",
                    "Simplify the file: very long lines, deep nesting or thousands of repeated brackets are the usual causes.");
                return null;
            }

            bag = work;
            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFile,
                $"The file cannot be read: {ex.Message}", "Check that the file exists and that the site may read it.");
            return null;
        }
#pragma warning disable CA1031 // One unreadable page must never stop the rest of the site from loading.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFile,
                $"The file could not be read ({ex.GetType().Name}: {ex.Message}).",
                "Check the file for unusual characters or structure; the rest of the site is unaffected.");
            return null;
        }
        finally
        {
            diagnostics.AddRange(bag.Items);
        }
    }

    /// <summary>False (with a diagnostic) when the content folder itself cannot be listed.</summary>
    private static bool CanList(string root, List<ContentDiagnostic> diagnostics)
    {
        if (ContentWorkspace.WhyUnlistable(root) is not { } reason)
        {
            return true;
        }

        var bag = new DiagnosticBag(root);
        bag.Error(SourcePosition.Start, DiagnosticCodes.RefusedFile,
            $"The content folder cannot be read ({reason}), so nothing in it is loaded.",
            "Give the site permission to read the folder (for example `chmod a+rx` on it).");
        diagnostics.AddRange(bag.Items);
        return false;
    }
}
