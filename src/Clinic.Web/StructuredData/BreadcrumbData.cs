using System.Text.Json.Nodes;
using Clinic.Web.Pages;

namespace Clinic.Web.StructuredData;

/// <summary>Builds the schema.org <c>BreadcrumbList</c> block that matches the visible breadcrumb trail.</summary>
public static class BreadcrumbData
{
    public static string Build(IReadOnlyList<Crumb> crumbs, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(crumbs);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var list = JsonLd.Thing("BreadcrumbList", topLevel: true);
        list["itemListElement"] = new JsonArray([.. crumbs.Select((crumb, i) =>
        {
            var item = JsonLd.Thing("ListItem");
            item["position"] = i + 1;
            item["name"] = crumb.Name;
            item["item"] = new Uri(baseUrl, crumb.Path.TrimStart('/')).AbsoluteUri;
            return (JsonNode)item;
        })]);
        return JsonLd.Serialize(list);
    }
}
