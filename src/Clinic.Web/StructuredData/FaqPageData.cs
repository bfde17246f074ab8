using System.Text.Json.Nodes;
using Clinic.Content.Faq;
using Clinic.Content.Site;

namespace Clinic.Web.StructuredData;

/// <summary>Builds the schema.org <c>FAQPage</c> block: each question with its answer as plain text.</summary>
public static class FaqPageData
{
    /// <summary>The schema.org FAQPage JSON-LD for <paramref name="faq"/>.</summary>
    public static string Build(FaqPage faq, SiteSettings site, Uri url, IReadOnlyList<Crumb>? breadcrumbs = null)
    {
        ArgumentNullException.ThrowIfNull(faq);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var page = ReviewFields.Page("FAQPage", faq, site, url);
        page["mainEntity"] = new JsonArray([.. faq.Questions.Select(q => (JsonNode)Question(q))]);
        if (faq.Citations.Count > 0)
        {
            page["citation"] = CitationEntries.For(faq.Citations);
        }

        if (breadcrumbs is { Count: > 0 })

        {

            // WebPage.breadcrumb: one block per page, the trail inside it.

            page["breadcrumb"] = BreadcrumbData.List(breadcrumbs, site.BaseUrl);

        }


        return JsonLd.Serialize(page);
    }

    private static JsonObject Question(FaqQuestion question)
    {
        var entry = JsonLd.Thing("Question").With("name", question.Question);
        entry["acceptedAnswer"] = JsonLd.Thing("Answer").With("text", Clinic.Content.Markdown.PlainText.FromHtml(question.AnswerHtml));
        return entry;
    }
}
