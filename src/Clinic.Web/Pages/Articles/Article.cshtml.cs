using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Clinic.Web.Pages.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages.Articles;

/// <summary>One science article with its review dates, contents list, numbered references and related reading.</summary>
public sealed class ArticleModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The article shown, once found.</summary>
    public Clinic.Content.Articles.Article? Article { get; private set; }

    /// <summary>The article's sections, for the outline.</summary>
    public IReadOnlyList<Section> Sections { get; private set; } = [];

    /// <summary>Articles to read next.</summary>
    public IReadOnlyList<Clinic.Content.Articles.Article> Related { get; private set; } = [];

    /// <summary>The article's tags as topics with pages of their own.</summary>
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    /// <summary>Shows the article <paramref name="slug"/>, or not found when readers may not see it.</summary>
    public IActionResult OnGet(string slug)
    {
        Article = Snapshot.FindArticle(slug, Policy);
        if (Article is null)
        {
            return NotFound();
        }

        PageTitle = Article.Title;
        Description = Article.Summary;
        CanonicalPath = SiteUrls.Article(Article.Slug);
        OpenGraphType = "article";
        Problems = Article.Diagnostics;
        IsDraft = Article.FrontMatter.Draft;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Articles", SiteUrls.Articles), new(Article.Title, CanonicalPath)];
        BreadcrumbsInPageData = true;
        Sections = Outline.Sections(Article);
        Related = RelatedReading.For(Article, Snapshot, Policy);
        var tags = Article.FrontMatter.Tags.Select(Topic.SlugOf).ToHashSet(StringComparer.Ordinal);
        Topics = Topic.All(Snapshot, Policy).Where(t => tags.Contains(t.Slug)).ToList();
        return Page();
    }
}
