using System.Globalization;
using System.Text.Json.Nodes;
using Clinic.Content.References;

namespace Clinic.Web.StructuredData;

/// <summary>A page's references as schema.org <c>citation</c> entries, identified by DOI and PubMed id.</summary>
internal static class CitationEntries
{
    public const string ScholarlyArticle = "ScholarlyArticle";

    /// <summary>Studies (with a DOI or PMID) are ScholarlyArticles; notices and labels are plain CreativeWorks.</summary>
    public static JsonArray For(IEnumerable<CitedReference> citations) =>
        new([.. citations.OrderBy(c => c.Number).Select(c => (JsonNode)Entry(c.Reference))]);

    private static JsonObject Entry(Reference reference)
    {
        var scholarly = reference.Doi is not null || reference.Pmid is not null;
        var entry = JsonLd.Thing(scholarly ? ScholarlyArticle : "CreativeWork")
            .With("name", reference.Title)
            .With("headline", reference.Title)
            .With("author", reference.Authors)
            .With("url", reference.DoiLink?.AbsoluteUri ?? reference.Url ?? reference.PubMedLink?.AbsoluteUri);
        if (reference.Year is { } year)
        {
            entry["datePublished"] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (reference.Journal is { } journal)
        {
            entry["isPartOf"] = JsonLd.Thing(scholarly ? "Periodical" : "CreativeWork").With("name", journal);
        }

        var identifiers = new JsonArray();
        if (reference.Doi is { } doi)
        {
            identifiers.Add(Identifier("DOI", doi));
        }

        if (reference.Pmid is { } pmid)
        {
            identifiers.Add(Identifier("PMID", pmid));
        }

        if (identifiers.Count > 0)
        {
            entry["identifier"] = identifiers;
        }

        var sameAs = new[] { reference.DoiLink, reference.PubMedLink }.OfType<Uri>().Select(u => (JsonNode)u.AbsoluteUri).ToArray();
        if (sameAs.Length > 0)
        {
            entry["sameAs"] = new JsonArray(sameAs);
        }

        return entry;
    }

    private static JsonObject Identifier(string scheme, string value) =>
        JsonLd.Thing("PropertyValue").With("propertyID", scheme).With("value", value);
}
