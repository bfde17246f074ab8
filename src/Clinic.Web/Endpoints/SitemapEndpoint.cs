using System.Globalization;
using System.Xml.Linq;
using Clinic.Content;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Endpoints;

/// <summary>Serves /sitemap.xml: every shown page with its last-reviewed date, on the site's public base URL.</summary>
internal static class SitemapEndpoint
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IResult Handle(ISnapshotSource source, ContentOptions options)
    {
        var snapshot = source.Current;
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", Entries(snapshot, options.Policy).Select(e =>
                new XElement(Ns + "url",
                    new XElement(Ns + "loc", new Uri(snapshot.Site.BaseUrl, e.Path.TrimStart('/')).AbsoluteUri),
                    e.LastModified is { } date
                        ? new XElement(Ns + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                        : null))));
        return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
    }

    /// <summary>The site's pages: home, each shown article, the FAQ, the research library, the article list, glossary, topics and reviewers.</summary>
    public static IEnumerable<(string Path, DateOnly? LastModified)> Entries(ContentSnapshot snapshot, PublicationPolicy policy)
    {
        var articles = snapshot.VisibleArticles(policy).ToList();
        var faq = snapshot.VisibleFaq(policy);
        var latest = articles.Select(a => a.FrontMatter.Reviewed).Append(faq?.FrontMatter.Reviewed).Max();
        yield return (SiteUrls.Home, latest);
        foreach (var article in articles)
        {
            yield return (SiteUrls.Article(article.Slug), article.FrontMatter.Reviewed);
        }

        if (faq is not null)
        {
            yield return (SiteUrls.Faq, faq.FrontMatter.Reviewed);
        }

        yield return (SiteUrls.Research, latest);
        yield return (SiteUrls.Articles, latest);
        if (snapshot.Glossary.Terms.Count > 0)
        {
            yield return (SiteUrls.Glossary, null);
        }

        var topics = Pages.Reading.Topic.All(snapshot, policy);
        if (topics.Count > 0)
        {
            yield return (SiteUrls.Topics, latest);
        }

        foreach (var topic in topics)
        {
            yield return (SiteUrls.Topic(topic.Slug), topic.Pages.Select(p => p.FrontMatter.Reviewed).Max());
        }

        if (snapshot.Site.Reviewers.Count > 0)
        {
            yield return (SiteUrls.Reviewers, null);
        }
    }
}
