using Clinic.Content.Faq;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages;

/// <summary>The FAQ: each question a disclosure that opens without JavaScript.</summary>
public sealed class FaqModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The FAQ page shown, once found.</summary>
    public FaqPage? Faq { get; private set; }

    /// <summary>Shows the FAQ, or not found when there is none readers may see.</summary>
    public IActionResult OnGet()
    {
        Faq = Snapshot.VisibleFaq(Policy);
        if (Faq is null)
        {
            return NotFound();
        }

        PageTitle = Faq.Title;
        Description = Faq.Summary;
        CanonicalPath = SiteUrls.Faq;
        Problems = Faq.Diagnostics;
        IsDraft = Faq.FrontMatter.Draft;
        Breadcrumbs = [new("Home", SiteUrls.Home), new(Faq.Title, SiteUrls.Faq)];
        BreadcrumbsInPageData = true;
        return Page();
    }
}
