using System.Text.Json.Nodes;

namespace Clinic.Web.StructuredData;

/// <summary>Builds the schema.org <c>BreadcrumbList</c> block that matches the visible breadcrumb trail.</summary>
public static class BreadcrumbData
{
    /// <summary>A block of its own, for pages that have no other structured data.</summary>
    public static string Build(IReadOnlyList<Crumb> crumbs, Uri baseUrl) => JsonLd.Serialize(List(crumbs, baseUrl, topLevel: true));

    /// <summary>The list, to stand alone or to be a page's <c>breadcrumb</c> property.</summary>
    public static JsonObject List(IReadOnlyList<Crumb> crumbs, Uri baseUrl, bool topLevel = false)
    {
        ArgumentNullException.ThrowIfNull(crumbs);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var list = JsonLd.Thing("BreadcrumbList", topLevel);
        list["itemListElement"] = new JsonArray([.. crumbs.Select((crumb, i) =>
        {
            var item = JsonLd.Thing("ListItem");
            item["position"] = i + 1;
            item["name"] = crumb.Name;
            item["item"] = new Uri(baseUrl, crumb.Path.TrimStart('/')).AbsoluteUri;
            return (JsonNode)item;
        })]);
        return list;
    }
}
