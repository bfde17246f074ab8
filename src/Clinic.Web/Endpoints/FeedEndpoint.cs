using System.Globalization;
using System.Xml.Linq;
using Clinic.Content;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Endpoints;

/// <summary>
/// Serves /feed.xml, an Atom feed (RFC 4287) of the articles. An entry's "updated" is its last medical review,
/// so a re-reviewed article comes back to the top of readers' feeds.
/// </summary>
internal static class FeedEndpoint
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IResult Handle(ISnapshotSource source, ContentOptions options) =>
        Results.Text(Build(source.Current, options.Policy), ContentType);

    public static string Build(ContentSnapshot snapshot, PublicationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var site = snapshot.Site;
        Uri Absolute(string path) => new(site.BaseUrl, path.TrimStart('/'));
        var articles = snapshot.VisibleArticles(policy)
            .OrderByDescending(a => a.FrontMatter.Reviewed)
            .ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var updated = articles.Select(a => a.FrontMatter.Reviewed).Max();

        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", Absolute(SiteUrls.Home).AbsoluteUri),
            new XElement(Atom + "title", site.Name),
            site.Tagline is { } tagline ? new XElement(Atom + "subtitle", tagline) : null,
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"),
                new XAttribute("href", Absolute(SiteUrls.Feed).AbsoluteUri)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                new XAttribute("href", Absolute(SiteUrls.Home).AbsoluteUri)),
            new XElement(Atom + "author", new XElement(Atom + "name", site.Name)),
            articles.Select(a => new XElement(Atom + "entry",
                new XElement(Atom + "id", Absolute(SiteUrls.Article(a.Slug)).AbsoluteUri),
                new XElement(Atom + "title", a.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                    new XAttribute("href", Absolute(SiteUrls.Article(a.Slug)).AbsoluteUri)),
                new XElement(Atom + "updated", Timestamp(a.FrontMatter.Reviewed)),
                new XElement(Atom + "author", new XElement(Atom + "name", a.FrontMatter.Author ?? site.Name)),
                a.FrontMatter.Tags.Select(t => new XElement(Atom + "category", new XAttribute("term", t))),
                new XElement(Atom + "summary", a.Summary))));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + feed;
    }

    /// <summary>An RFC 3339 date-time, as Atom requires; a page without a review date counts as the epoch (shown last).</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
