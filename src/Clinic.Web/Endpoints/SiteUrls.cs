using Clinic.Content.Articles;
using Clinic.Content.Pages;

namespace Clinic.Web.Endpoints;

/// <summary>The site's addresses, in one place.</summary>
public static class SiteUrls
{
    /// <summary>The home page.</summary>
    public const string Home = "/";
    /// <summary>The FAQ page.</summary>
    public const string Faq = "/faq";
    /// <summary>The list of studies the site cites.</summary>
    public const string Research = "/research";
    /// <summary>The list of articles.</summary>
    public const string Articles = "/articles";
    /// <summary>The glossary of terms.</summary>
    public const string Glossary = "/glossary";
    /// <summary>The list of topics.</summary>
    public const string Topics = "/topics";
    /// <summary>The search page.</summary>
    public const string Search = "/search";
    /// <summary>The feed of articles.</summary>
    public const string Feed = "/feed.xml";

    /// <summary>The page of the topic <paramref name="slug"/>.</summary>
    public static string Topic(string slug) => Topics + "/" + slug;

    /// <summary>The glossary entry <paramref name="id"/>.</summary>
    public static string GlossaryEntry(string id) => Glossary + "#" + id;
    /// <summary>The page about the clinicians who review pages.</summary>
    public const string Reviewers = "/reviewers";

    /// <summary>The article <paramref name="slug"/>.</summary>
    public static string Article(string slug) => "/articles/" + slug;

    /// <summary>Page <paramref name="number"/> of the home page's article list (page 1 is the home page).</summary>
    public static string HomePage(int number) => number <= 1 ? Home : "/page/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Page <paramref name="number"/> of the list of all articles (page 1 is <c>/articles</c>).</summary>
    public static string ArticlesPage(int number) =>
        number <= 1 ? Articles : Articles + "/page/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The address of an article or the FAQ.</summary>
    public static string Of(ContentPage page) => page is Article article ? Article(article.Slug) : Faq;

    /// <summary>The address of a reviewer's entry on the reviewers page.</summary>
    public static string Reviewer(Clinic.Content.Site.Reviewer reviewer) => Reviewers + "#" + (reviewer ?? throw new ArgumentNullException(nameof(reviewer))).Anchor;

    /// <summary>
    /// Page <paramref name="number"/> of the list of pages citing a study (<c>/research/zarate2006/cited-in</c>): the
    /// research page names the first few only, so that it does not grow with the library. The last segment never has a
    /// dot (keys may), so every static host maps the address to its .html file.
    /// </summary>
    public static string Study(string key, int number = 1) =>
        Research + "/" + Uri.EscapeDataString(key.ToLowerInvariant()) + "/cited-in"
        + (number <= 1 ? string.Empty : "/page/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The address of a reference's entry on the research page.</summary>
    public static string ResearchEntry(string key) => Research + "#" + Clinic.Content.References.ReferenceAnchors.OnResearchPage(key);
}
