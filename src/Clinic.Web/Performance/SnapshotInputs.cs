using Clinic.Content;
using Clinic.Content.Pages;

namespace Clinic.Web.Performance;

/// <summary>
/// Fingerprints of what pages are rendered from, so a reload keeps every cached page whose inputs did not change.
/// An article page reads its own file plus what every page shares (site settings, the research library, the FAQ,
/// diagrams, and every article's front matter and citations, which lists and related reading show); any other page
/// may read anything, so it is kept only when nothing changed at all.
/// </summary>
internal sealed class SnapshotInputs
{
    /// <summary>
    /// The <see cref="ContentSnapshot"/> properties folded into the fingerprints. A test fails when the snapshot gains a
    /// property not listed here, so new content (a glossary, say) cannot leave stale pages in the cache.
    /// </summary>
    public static readonly IReadOnlyList<string> Covered =
    [
        nameof(ContentSnapshot.Root), nameof(ContentSnapshot.Site), nameof(ContentSnapshot.Articles), nameof(ContentSnapshot.Faq),
        nameof(ContentSnapshot.References), nameof(ContentSnapshot.Glossary), nameof(ContentSnapshot.Diagrams),
        // Problems are shown only in the preview, which keeps nothing across reloads; the load time is never rendered.
        nameof(ContentSnapshot.Diagnostics), nameof(ContentSnapshot.LoadedAt),
    ];

    private readonly string shared;
    private readonly string whole;
    private readonly Dictionary<string, string> articles;

    private SnapshotInputs(string shared, Dictionary<string, string> articles)
    {
        this.shared = shared;
        this.articles = articles;
        var all = new Fingerprint();
        all.Add(shared);
        foreach (var (slug, hash) in articles.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            all.Add(slug).Add(hash);
        }

        whole = all.Finish();
    }

    public static SnapshotInputs Of(ContentSnapshot snapshot, PublicationPolicy policy)
    {
        var common = new Fingerprint().Add(snapshot.Root).Add(policy.ToString()).Add(snapshot.Site.ToString());
        foreach (var reference in snapshot.References)
        {
            common.Add(reference.ToString());
        }

        // Every page links its first use of each term and shows the definition beside it.
        foreach (var term in snapshot.Glossary.Terms)
        {
            common.Add(term.Term).Add(term.Definition).Add(term.StandsFor ?? string.Empty).Add(term.Reference ?? string.Empty)
                .Add(string.Join('|', term.AlsoKnownAs));
        }

        if (snapshot.Faq is { } faq)
        {
            AddPage(common, faq).Add(faq.IntroHtml);
            foreach (var question in faq.Questions)
            {
                common.Add(question.ToString());
            }
        }

        foreach (var diagram in snapshot.Diagrams.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            common.Add(diagram.Name).Add(diagram.LastModified.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Add(diagram.Svg.Span);
        }

        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in snapshot.Articles)
        {
            AddMetadata(common, article).Add(article.Slug);
            bodies[article.Slug] = new Fingerprint().Add(article.SourcePath).Add(article.Html).Finish();
        }

        return new SnapshotInputs(common.Finish(), bodies);
    }

    /// <summary>True when a response cached under <paramref name="previous"/> is still what this snapshot would render.</summary>
    public bool Keeps(SnapshotInputs previous, CacheEntryKind kind, string path) => kind switch
    {
        CacheEntryKind.Asset => true,
        CacheEntryKind.Article => shared == previous.shared
            && SlugOf(path) is { } slug
            && articles.TryGetValue(slug, out var now)
            && previous.articles.TryGetValue(slug, out var before)
            && now == before,
        _ => whole == previous.whole,
    };

    private static string? SlugOf(string path) =>
        path.StartsWith("/articles/", StringComparison.Ordinal) ? path["/articles/".Length..] : null;

    private static Fingerprint AddPage(Fingerprint print, ContentPage page) => AddMetadata(print, page).Add(page.Html);

    private static Fingerprint AddMetadata(Fingerprint print, ContentPage page)
    {
        var front = page.FrontMatter;
        print.Add(page.SourcePath).Add(front.Title).Add(front.Summary).Add(front.Author).Add(front.Reviewer)
            .Add(front.Reviewed?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Add(front.NextReview?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Add(string.Join('\u001f', front.Tags)).Add(front.Draft ? "draft" : "published")
            .Add(front.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var citation in page.Citations)
        {
            print.Add(citation.Reference.Key);
        }

        return print;
    }
}
