using Clinic.Content.Articles;
using Clinic.Content.Diagnostics;
using Clinic.Content.Diagrams;
using Clinic.Content.Faq;
using Clinic.Content.References;
using Clinic.Content.Site;

namespace Clinic.Content;

/// <summary>Reads a content folder into a <see cref="ContentSnapshot"/>. Never throws on bad content.</summary>
public static class ContentLoader
{
    /// <summary>Diagrams above this size are refused: they would slow every phone that opens the page.</summary>
    public const int MaxDiagramBytes = 512 * 1024;

    /// <summary>Reads everything under <paramref name="contentRoot"/>.</summary>
    public static ContentSnapshot Load(string contentRoot, TimeProvider? clock = null)
    {
        var root = Path.GetFullPath(contentRoot);
        var diagnostics = new List<ContentDiagnostic>();

        var site = ReadFile(Path.Combine(root, "site.yaml"), required: true, diagnostics, SiteSettingsReader.Read)
            ?? SiteSettings.Fallback;
        var referencesPath = Path.Combine(root, "references.yaml");
        var references = ReadFile(referencesPath, required: true, diagnostics, (text, bag) => ReferenceLibraryReader.Read(referencesPath, text, bag))
            ?? [];
        var library = references.ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);

        var articles = ReadArticles(Path.Combine(root, "articles"), library, diagnostics);
        var faqPath = Path.Combine(root, "faq.md");
        var faq = ReadFile(faqPath, required: false, diagnostics, (text, bag) => FaqReader.Read(faqPath, text, library, bag));
        var diagrams = ReadDiagrams(Path.Combine(root, "diagrams"), diagnostics);

        return new ContentSnapshot(root, site, articles, faq, references, diagrams, diagnostics,
            (clock ?? TimeProvider.System).GetUtcNow());
    }

    private static List<Article> ReadArticles(
        string folder, IReadOnlyDictionary<string, Reference> library, List<ContentDiagnostic> diagnostics)
    {
        var articles = new List<Article>();
        if (!Directory.Exists(folder))
        {
            return articles;
        }

        // Files are parsed in parallel (start-up scales with cores) and then taken in file order, so the result,
        // duplicate detection included, is the same as reading them one by one.
        var paths = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var read = new (Article? Article, List<ContentDiagnostic> Diagnostics)[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            var found = new List<ContentDiagnostic>();
            read[i] = (ReadFile(paths[i], required: true, found, (text, bag) => ArticleReader.Read(paths[i], text, library, bag)), found);
        });

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            var path = paths[i];
            var slug = ArticleReader.SlugOf(path);
            if (seen.TryGetValue(slug, out var other))
            {
                var bag = new DiagnosticBag(path);
                bag.Error(SourcePosition.Start, DiagnosticCodes.DuplicateSlug,
                    $"The address /articles/{slug} is already used by {Path.GetRelativePath(folder, other)}, so this file is not published.",
                    "Rename one of the two files so that each article has its own file name.");
                diagnostics.AddRange(bag.Items);
                continue;
            }

            diagnostics.AddRange(read[i].Diagnostics);
            if (read[i].Article is { } article)
            {
                seen[slug] = path;
                articles.Add(article);
            }
        }

        return articles;
    }

    private static List<Diagram> ReadDiagrams(string folder, List<ContentDiagnostic> diagnostics)
    {
        var diagrams = new List<Diagram>();
        if (!Directory.Exists(folder))
        {
            return diagrams;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.svg").Order(StringComparer.Ordinal))
        {
            var bag = new DiagnosticBag(path);
            try
            {
                var info = new FileInfo(path);
                if (info.Length > MaxDiagramBytes)
                {
                    bag.Error(SourcePosition.Start, DiagnosticCodes.InvalidField,
                        $"The diagram is {info.Length / 1024} KB; the limit is {MaxDiagramBytes / 1024} KB.",
                        "Simplify the drawing or remove embedded images and fonts from the SVG.");
                }
                else
                {
                    diagrams.Add(new Diagram(info.Name, File.ReadAllBytes(path), info.LastWriteTimeUtc));
                }
            }
            catch (IOException ex)
            {
                Unreadable(bag, ex);
            }

            diagnostics.AddRange(bag.Items);
        }

        return diagrams;
    }

    private static T? ReadFile<T>(string path, bool required, List<ContentDiagnostic> diagnostics, Func<string, DiagnosticBag, T?> read)
        where T : class
    {
        var bag = new DiagnosticBag(path);
        try
        {
            if (!File.Exists(path))
            {
                if (required)
                {
                    bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFile,
                        $"The file {Path.GetFileName(path)} is missing.", "Create it; docs/content-format.md shows what goes in it.");
                }

                return null;
            }

            return read(File.ReadAllText(path), bag);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Unreadable(bag, ex);
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

    private static void Unreadable(DiagnosticBag bag, Exception ex) =>
        bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFile,
            $"The file cannot be read: {ex.Message}", "Check that the file exists and that the site may read it.");
}
