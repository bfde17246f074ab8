using Clinic.Content;
using Clinic.Web.Endpoints;
using Clinic.Web.StructuredData;

namespace Clinic.Web.Search;

/// <summary>What search can find in a snapshot: shown articles, each FAQ answer, glossary terms and the research library.</summary>
public static class SearchDocuments
{
    /// <summary>The pages of <paramref name="snapshot"/> that readers may see, as search documents.</summary>
    public static IEnumerable<SearchDocument> Of(ContentSnapshot snapshot, PublicationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var article in snapshot.VisibleArticles(policy))
        {
            yield return new SearchDocument(SiteUrls.Article(article.Slug), "Article", article.Title, article.Summary, () => Clinic.Content.Markdown.PlainText.FromHtml(article.Html));
        }

        if (snapshot.VisibleFaq(policy) is { } faq)
        {
            foreach (var question in faq.Questions)
            {
                yield return new SearchDocument($"{SiteUrls.Faq}#{question.Id}", "Question", question.Question, string.Empty, () => Clinic.Content.Markdown.PlainText.FromHtml(question.AnswerHtml));
            }
        }

        foreach (var term in snapshot.Glossary.Terms)
        {
            var also = term.AlsoKnownAs.Count > 0 ? $" Also called {string.Join(", ", term.AlsoKnownAs)}." : string.Empty;
            yield return new SearchDocument(SiteUrls.GlossaryEntry(term.Id), "Glossary", term.Term, term.StandsFor ?? string.Empty, () => term.Definition + also);
        }

        foreach (var reference in snapshot.References)
        {
            yield return new SearchDocument(SiteUrls.ResearchEntry(reference.Key), "Study", reference.Title, reference.ShortLabel, () => reference.Summary);
        }
    }

    /// <summary>The glossary's synonym groups: each term with its other names.</summary>
    public static IEnumerable<IReadOnlyCollection<string>> Synonyms(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Glossary.Terms.Where(t => t.AlsoKnownAs.Count > 0).Select(t => (IReadOnlyCollection<string>)t.Forms.ToList());
    }
}
