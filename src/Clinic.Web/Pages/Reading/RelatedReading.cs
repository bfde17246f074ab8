using Clinic.Content;
using Clinic.Content.Articles;
using Clinic.Web.Performance;

namespace Clinic.Web.Pages.Reading;

/// <summary>Picks the articles to suggest at the end of an article.</summary>
public static class RelatedReading
{
    /// <summary>How many related articles a page suggests.</summary>
    public const int Count = 3;

    /// <summary>The shown articles sharing most tags with <paramref name="article"/>, then most cited studies, then in reading order.</summary>
    public static IReadOnlyList<Article> For(Article article, ContentSnapshot snapshot, PublicationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(snapshot);
        // Built once per snapshot: scoring every article against every other on each render grew with the library squared.
        var library = SnapshotMemo.Get(snapshot, (typeof(RelatedReading), policy), () => new Library(snapshot.VisibleArticles(policy).ToList()));
        return library.Related(article);
    }

    /// <summary>The shown articles in reading order, with the articles that carry each tag and cite each study.</summary>
    private sealed class Library(List<Article> articles)
    {
        private readonly Dictionary<string, List<int>> byTag = Postings(articles, a => a.FrontMatter.Tags);
        private readonly Dictionary<string, List<int>> byCitation = Postings(articles, a => a.Citations.Select(c => c.Reference.Key));

        public List<Article> Related(Article article)
        {
            // Only articles sharing a tag or a study get a score; the rest tie at zero and keep reading order.
            var tags = new Dictionary<int, int>();
            var citations = new Dictionary<int, int>();
            Score(article.FrontMatter.Tags, byTag, tags);
            Score(article.Citations.Select(c => c.Reference.Key), byCitation, citations);
            var scored = tags.Keys.Union(citations.Keys)
                .Select(i => (Index: i, Tags: tags.GetValueOrDefault(i), Citations: citations.GetValueOrDefault(i)));
            var unscored = Enumerable.Range(0, articles.Count)
                .Where(i => !tags.ContainsKey(i) && !citations.ContainsKey(i))
                .Select(i => (Index: i, Tags: 0, Citations: 0));
            return scored
                .Where(x => articles[x.Index].Slug != article.Slug)
                .OrderByDescending(x => x.Tags)
                .ThenByDescending(x => x.Citations)
                .ThenBy(x => x.Index)
                .Concat(unscored.Where(x => articles[x.Index].Slug != article.Slug))
                .Take(Count)
                .Select(x => articles[x.Index])
                .ToList();
        }

        private static void Score(IEnumerable<string> keys, Dictionary<string, List<int>> postings, Dictionary<int, int> scores)
        {
            foreach (var key in keys.ToHashSet(StringComparer.OrdinalIgnoreCase))
            {
                foreach (var index in postings.GetValueOrDefault(key) ?? [])
                {
                    scores[index] = scores.GetValueOrDefault(index) + 1;
                }
            }
        }

        /// <summary>For each key, the articles that carry it, once per time they carry it (a repeated tag counts twice, as before).</summary>
        private static Dictionary<string, List<int>> Postings(List<Article> articles, Func<Article, IEnumerable<string>> keys)
        {
            var postings = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < articles.Count; i++)
            {
                foreach (var key in keys(articles[i]))
                {
                    if (!postings.TryGetValue(key, out var list))
                    {
                        postings[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            return postings;
        }
    }
}
