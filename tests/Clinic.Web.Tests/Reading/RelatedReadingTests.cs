using Clinic.Content;
using Clinic.Content.Articles;
using Clinic.Web.Pages.Reading;

namespace Clinic.Web.Tests.Reading;

/// <summary>The articles suggested at the end of an article: most shared tags, then most shared studies, then reading order.</summary>
public sealed class RelatedReadingTests : IDisposable
{
    private static readonly string[] Tags = ["sleep", "dose", "safety", "brain", "mood"];
    private static readonly string[] Studies = ["li2010", "berman2000", "fda2019"];
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Every_article_gets_the_articles_sharing_most_tags_then_studies_then_the_first_in_reading_order()
    {
        // A fixed spread of tags and citations, with ties, repeats and articles sharing nothing.
        var random = new Random(10);
        for (var i = 0; i < 40; i++)
        {
            var tags = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Tags[random.Next(Tags.Length)]);
            var cites = string.Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => $" [@{Studies[random.Next(Studies.Length)]}]"));
            content.WriteArticle($"a{i:D2}", $"""
                ---
                title: Article {i}
                summary: A short summary.
                author: Science writing team
                reviewer: Medical Director, MD
                reviewed: 2026-11-01
                order: {random.Next(5)}
                tags: [{string.Join(", ", tags)}]
                ---

                Text{cites}.
                """);
        }

        var snapshot = ContentLoader.Load(content.Root);
        var shown = snapshot.VisibleArticles(PublicationPolicy.Production).ToList();
        shown.Should().HaveCount(40);

        foreach (var article in shown)
        {
            RelatedReading.For(article, snapshot, PublicationPolicy.Production).Select(a => a.Slug)
                .Should().Equal(Expected(article, shown).Select(a => a.Slug), $"for {article.Slug}");
        }
    }

    /// <summary>The rule written as a sort of the whole library.</summary>
    private static IEnumerable<Article> Expected(Article article, List<Article> shown) =>
        shown.Select((other, index) => (Other: other, Index: index, Tags: Shared(article.FrontMatter.Tags, other.FrontMatter.Tags),
                Citations: Shared(article.Citations.Select(c => c.Reference.Key), other.Citations.Select(c => c.Reference.Key))))
            .Where(x => x.Other.Slug != article.Slug)
            .OrderByDescending(x => x.Tags)
            .ThenByDescending(x => x.Citations)
            .ThenBy(x => x.Index)
            .Take(RelatedReading.Count)
            .Select(x => x.Other);

    /// <summary>How many of the other's keys (each time it carries one) are among the article's (counted once each).</summary>
    private static int Shared(IEnumerable<string> mine, IEnumerable<string> theirs)
    {
        var set = mine.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return theirs.Count(set.Contains);
    }
}
