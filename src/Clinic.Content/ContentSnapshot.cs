using Clinic.Content.Articles;
using Clinic.Content.Diagnostics;
using Clinic.Content.Diagrams;
using Clinic.Content.Faq;
using Clinic.Content.Glossary;
using Clinic.Content.Pages;
using Clinic.Content.References;
using Clinic.Content.Site;

namespace Clinic.Content;

/// <summary>Everything in the content folder at one moment, read once and never changed.</summary>
/// <remarks>The site swaps one snapshot for the next; a request keeps the snapshot it started with.</remarks>
public sealed class ContentSnapshot
{
    private readonly Dictionary<string, Article> bySlug;
    private readonly Dictionary<string, Reference> byKey;
    private readonly IReadOnlyDictionary<string, string> texts;

    /// <summary>The texts behind <see cref="TextOf"/>, for a snapshot built from this one.</summary>
    internal readonly IReadOnlyDictionary<string, string> ReadTexts;

    /// <summary>A snapshot with no pages, only <paramref name="diagnostics"/>: what a site serves when its folder could not be read at all.</summary>
    public static ContentSnapshot Empty(string root, IReadOnlyList<ContentDiagnostic> diagnostics, DateTimeOffset loadedAt) =>
        new(root, SiteSettings.Fallback, [], null, [], SiteGlossary.Empty, [], diagnostics, loadedAt, new Dictionary<string, string>());

    internal ContentSnapshot(
        string root,
        SiteSettings site,
        IReadOnlyList<Article> articles,
        FaqPage? faq,
        IReadOnlyList<Reference> references,
        SiteGlossary glossary,
        IReadOnlyList<Diagram> diagrams,
        IReadOnlyList<ContentDiagnostic> diagnostics,
        DateTimeOffset loadedAt,
        IReadOnlyDictionary<string, string> texts)
    {
        this.texts = ReadTexts = texts;
        Root = root;
        Site = site;
        Articles = articles
            .OrderBy(a => a.FrontMatter.Order)
            .ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Faq = faq;
        References = references;
        Glossary = glossary;
        Diagrams = diagrams.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Diagnostics = diagnostics;
        LoadedAt = loadedAt;
        bySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        byKey = references.ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Full path of the content folder.</summary>
    public string Root { get; }

    /// <summary>The site's name, contact details and notices.</summary>
    public SiteSettings Site { get; }

    /// <summary>Every article that could be read, drafts included, in reading order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The FAQ page, if the content has one.</summary>
    public FaqPage? Faq { get; }

    /// <summary>The research library, in file order.</summary>
    public IReadOnlyList<Reference> References { get; }

    /// <summary>The glossary (content/glossary.yaml); empty when there is none.</summary>
    public SiteGlossary Glossary { get; }

    /// <summary>Diagrams by file name.</summary>
    public IReadOnlyDictionary<string, Diagram> Diagrams { get; }

    /// <summary>Every problem found in every file.</summary>
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }

    /// <summary>When the content was read.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The article at <c>/articles/{slug}</c>, if it exists and the policy shows it.</summary>
    public Article? FindArticle(string slug, PublicationPolicy policy) =>
        bySlug.TryGetValue(slug, out var article) && policy.Shows(article) ? article : null;

    /// <summary>The articles the policy shows, in reading order.</summary>
    public IEnumerable<Article> VisibleArticles(PublicationPolicy policy) => Articles.Where(policy.Shows);

    /// <summary>The FAQ, if it exists and the policy shows it.</summary>
    public FaqPage? VisibleFaq(PublicationPolicy policy) => Faq is not null && policy.Shows(Faq) ? Faq : null;

    /// <summary>The reference with <paramref name="key"/>, or null if there is none.</summary>
    public Reference? FindReference(string key) => byKey.GetValueOrDefault(key);

    /// <summary>
    /// The text this snapshot read from a file that is not a page (site.yaml, references.yaml, glossary.yaml, the rules
    /// file, a Markdown file that could not be read as a page), or null when it read none. Pages keep their own text.
    /// </summary>
    public string? TextOf(string path) => texts.GetValueOrDefault(path);

    /// <summary>The Markdown files this snapshot read that could not be read as pages (no front matter...), with their text.</summary>
    public IEnumerable<KeyValuePair<string, string>> UnreadPages() =>
        texts.Where(t => Clinic.Content.Articles.ArticleFileName.LooksLikeMarkdown(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal);

    /// <summary>A path in this snapshot's folder as staff know it (content/articles/x.md).</summary>
    public string Display(string path) => Workspace.ContentWorkspace.Display(path, Root);

    /// <summary>
    /// Lets the garbage collector take each page's Markdown syntax tree: call it once the trees' one big reader (the
    /// first lint of this snapshot) is done. <see cref="ContentPage.Document"/> still answers, parsing again when the
    /// tree is gone; the rendered HTML, citations and <see cref="ContentPage.CitedKeys"/> never need it.
    /// </summary>
    public void ReleaseSyntaxTrees()
    {
        foreach (var article in Articles)
        {
            article.ReleaseSyntaxTree();
        }

        Faq?.ReleaseSyntaxTree();
    }

    /// <summary>The shown pages that cite the reference, articles first.</summary>
    public IReadOnlyList<ContentPage> PagesCiting(string key, PublicationPolicy policy) =>
        VisibleArticles(policy).Cast<ContentPage>()
            .Append(VisibleFaq(policy))
            .OfType<ContentPage>()
            .Where(p => p.Cites(key))
            .ToList();
}
