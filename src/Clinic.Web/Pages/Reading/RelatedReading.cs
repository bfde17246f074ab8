using Clinic.Content;
using Clinic.Content.Articles;

namespace Clinic.Web.Pages.Reading;

/// <summary>Picks the articles to suggest at the end of an article.</summary>
public static class RelatedReading
{
    public const int Count = 3;

    /// <summary>The shown articles sharing most tags with <paramref name="article"/>, then most cited studies, then in reading order.</summary>
    public static IReadOnlyList<Article> For(Article article, ContentSnapshot snapshot, PublicationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(snapshot);
        var tags = article.FrontMatter.Tags.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cited = article.Citations.Select(c => c.Reference.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return snapshot.VisibleArticles(policy)
            .Where(a => a.Slug != article.Slug)
            .Select((a, order) => (Article: a, order,
                Tags: a.FrontMatter.Tags.Count(tags.Contains),
                Citations: a.Citations.Count(c => cited.Contains(c.Reference.Key))))
            .OrderByDescending(x => x.Tags)
            .ThenByDescending(x => x.Citations)
            .ThenBy(x => x.order)
            .Take(Count)
            .Select(x => x.Article)
            .ToList();
    }
}
