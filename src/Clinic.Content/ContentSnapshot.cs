using Clinic.Content.Articles;
using Clinic.Content.Diagnostics;
using Clinic.Content.Diagrams;
using Clinic.Content.Faq;
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

    /// <summary>A snapshot with no pages, only <paramref name="diagnostics"/>: what a site serves when its folder could not be read at all.</summary>
    public static ContentSnapshot Empty(string root, IReadOnlyList<ContentDiagnostic> diagnostics, DateTimeOffset loadedAt) =>
        new(root, SiteSettings.Fallback, [], null, [], [], diagnostics, loadedAt);

    internal ContentSnapshot(
        string root,
        SiteSettings site,
        IReadOnlyList<Article> articles,
        FaqPage? faq,
        IReadOnlyList<Reference> references,
        IReadOnlyList<Diagram> diagrams,
        IReadOnlyList<ContentDiagnostic> diagnostics,
        DateTimeOffset loadedAt)
    {
        Root = root;
        Site = site;
        Articles = articles
            .OrderBy(a => a.FrontMatter.Order)
            .ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Faq = faq;
        References = references;
        Diagrams = diagrams.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Diagnostics = diagnostics;
        LoadedAt = loadedAt;
        bySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        byKey = references.ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Full path of the content folder.</summary>
    public string Root { get; }

    public SiteSettings Site { get; }

    /// <summary>Every article that could be read, drafts included, in reading order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public FaqPage? Faq { get; }

    /// <summary>The research library, in file order.</summary>
    public IReadOnlyList<Reference> References { get; }

    /// <summary>Diagrams by file name.</summary>
    public IReadOnlyDictionary<string, Diagram> Diagrams { get; }

    /// <summary>Every problem found in every file.</summary>
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>The article at <c>/articles/{slug}</c>, if it exists and the policy shows it.</summary>
    public Article? FindArticle(string slug, PublicationPolicy policy) =>
        bySlug.TryGetValue(slug, out var article) && policy.Shows(article) ? article : null;

    /// <summary>The articles the policy shows, in reading order.</summary>
    public IEnumerable<Article> VisibleArticles(PublicationPolicy policy) => Articles.Where(policy.Shows);

    /// <summary>The FAQ, if it exists and the policy shows it.</summary>
    public FaqPage? VisibleFaq(PublicationPolicy policy) => Faq is not null && policy.Shows(Faq) ? Faq : null;

    public Reference? FindReference(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The shown pages that cite the reference, articles first.</summary>
    public IReadOnlyList<ContentPage> PagesCiting(string key, PublicationPolicy policy) =>
        VisibleArticles(policy).Cast<ContentPage>()
            .Append(VisibleFaq(policy))
            .OfType<ContentPage>()
            .Where(p => p.Cites(key))
            .ToList();
}
