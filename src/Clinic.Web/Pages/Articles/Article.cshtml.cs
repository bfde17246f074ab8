using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages.Articles;

/// <summary>One science article with its review dates and numbered references.</summary>
public sealed class ArticleModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    public Clinic.Content.Articles.Article? Article { get; private set; }

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
        return Page();
    }
}
