using System.Text.Json.Nodes;
using Clinic.Content.Articles;
using Clinic.Content.Site;

namespace Clinic.Web.StructuredData;

/// <summary>Builds the schema.org <c>MedicalWebPage</c> block of an article: who reviewed it, when, for whom, and its sources.</summary>
public static class MedicalWebPageData
{
    /// <summary>The schema.org MedicalWebPage JSON-LD for <paramref name="article"/>.</summary>
    public static string Build(Article article, SiteSettings site, Uri url, IReadOnlyList<Crumb>? breadcrumbs = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var page = ReviewFields.Page("MedicalWebPage", article, site, url);
        page["headline"] = article.Title;
        if (article.FrontMatter.Author is { } author)
        {
            page["author"] = JsonLd.Thing("Organization").With("name", author);
        }

        page["medicalAudience"] = JsonLd.Thing("MedicalAudience").With("audienceType", "Patient");
        if (article.FrontMatter.Tags.Count > 0)
        {
            page["keywords"] = string.Join(", ", article.FrontMatter.Tags);
        }

        if (article.Citations.Count > 0)
        {
            page["citation"] = CitationEntries.For(article.Citations);
        }

        if (breadcrumbs is { Count: > 0 })

        {

            // WebPage.breadcrumb: one block per page, the trail inside it.

            page["breadcrumb"] = BreadcrumbData.List(breadcrumbs, site.BaseUrl);

        }


        return JsonLd.Serialize(page);
    }
}
