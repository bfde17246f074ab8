using Clinic.Content.Articles;
using Clinic.Content.Pages;

namespace Clinic.Web.Endpoints;

/// <summary>The site's addresses, in one place.</summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Faq = "/faq";
    public const string Research = "/research";

    public static string Article(string slug) => "/articles/" + slug;

    /// <summary>Page <paramref name="number"/> of the home page's article list (page 1 is the home page).</summary>
    public static string HomePage(int number) => number <= 1 ? Home : "/page/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The address of an article or the FAQ.</summary>
    public static string Of(ContentPage page) => page is Article article ? Article(article.Slug) : Faq;

    /// <summary>The address of a reference's entry on the research page.</summary>
    public static string ResearchEntry(string key) => Research + "#" + key.ToLowerInvariant();
}
