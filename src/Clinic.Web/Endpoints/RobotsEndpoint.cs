using Clinic.Web.ContentHosting;

namespace Clinic.Web.Endpoints;

/// <summary>Serves /robots.txt: everything may be indexed; the sitemap is named.</summary>
internal static class RobotsEndpoint
{
    public static IResult Handle(ISnapshotSource source) =>
        Results.Text(
            $"User-agent: *\nAllow: /\n\nSitemap: {new Uri(source.Current.Site.BaseUrl, "sitemap.xml").AbsoluteUri}\n",
            "text/plain; charset=utf-8");
}
