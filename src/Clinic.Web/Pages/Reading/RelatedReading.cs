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
            // Only articles sharing a tag or a study get a score; the rest tie at zero and keep reading order. Scores
            // are arrays by reading position: when tags are shared widely nearly every article is scored for every
            // page, and a dictionary per page cost most of an article's render in an export of thousands.
            var tags = new int[articles.Count];
            var citations = new int[articles.Count];
            Score(article.FrontMatter.Tags, byTag, tags);
            Score(article.Citations.Select(c => c.Reference.Key), byCitation, citations);
            // The best few kept in order as they are scored (a full sort of every scored article, most of the library
            // when tags are shared widely, was most of an article page's render in an export).
            var best = new List<(int Index, int Tags, int Citations)>(Count + 1);
            for (var index = 0; index < articles.Count; index++)
            {
                if ((tags[index] == 0 && citations[index] == 0) || articles[index].Slug == article.Slug)
                {
                    continue;
                }

                var candidate = (Index: index, Tags: tags[index], Citations: citations[index]);
                if (best.Count == Count && !Before(candidate, best[^1]))
                {
                    continue;
                }

                var at = best.FindIndex(b => Before(candidate, b));
                best.Insert(at < 0 ? best.Count : at, candidate);
                if (best.Count > Count)
                {
                    best.RemoveAt(Count);
                }
            }

            // Fewer than enough share anything: the rest tie at zero and follow in reading order.
            for (var i = 0; i < articles.Count && best.Count < Count; i++)
            {
                if (tags[i] == 0 && citations[i] == 0 && articles[i].Slug != article.Slug)
                {
                    best.Add((i, 0, 0));
                }
            }

            return [.. best.Select(x => articles[x.Index])];
        }

        /// <summary>More shared tags first, then more shared studies, then reading order.</summary>
        private static bool Before((int Index, int Tags, int Citations) a, (int Index, int Tags, int Citations) b) =>
            a.Tags != b.Tags ? a.Tags > b.Tags : a.Citations != b.Citations ? a.Citations > b.Citations : a.Index < b.Index;

        private static void Score(IEnumerable<string> keys, Dictionary<string, List<int>> postings, int[] scores)
        {
            foreach (var key in keys.ToHashSet(StringComparer.OrdinalIgnoreCase))
            {
                if (postings.TryGetValue(key, out var carriers))
                {
                    foreach (var index in carriers)
                    {
                        scores[index]++;
                    }
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
