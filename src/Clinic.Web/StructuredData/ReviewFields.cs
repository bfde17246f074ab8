using System.Text.Json.Nodes;
using Clinic.Content.Pages;
using Clinic.Content.Site;

namespace Clinic.Web.StructuredData;

/// <summary>The fields every reviewed page shares: address, name, summary, language, review date and reviewer.</summary>
internal static class ReviewFields
{
    public static JsonObject Page(string type, ContentPage page, SiteSettings site, Uri url)
    {
        var thing = JsonLd.Thing(type, topLevel: true)
            .With("@id", url.AbsoluteUri)
            .With("url", url.AbsoluteUri)
            .With("name", page.Title)
            .With("description", page.Summary)
            .With("inLanguage", site.Language);
        if (page.FrontMatter.Reviewed is { } reviewed)
        {
            thing["lastReviewed"] = Dates.Iso(reviewed);
        }

        if (page.FrontMatter.Reviewer is { } reviewer)
        {
            // The reviewer is written as a role plus credentials ("Medical Director, MD"); that is the name shown.
            thing["reviewedBy"] = JsonLd.Thing("Person").With("name", reviewer);
        }

        thing["isPartOf"] = JsonLd.Thing("WebSite").With("name", site.Name).With("url", site.BaseUrl.AbsoluteUri);
        return thing;
    }
}
