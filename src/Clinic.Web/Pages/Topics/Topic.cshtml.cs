using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages.Topics;

/// <summary>One topic: the shown pages tagged with it.</summary>
public sealed class TopicModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The topic shown, once found.</summary>
    public Reading.Topic? Topic { get; private set; }

    /// <summary>Shows the topic <paramref name="slug"/>, or not found when it has no pages readers may see.</summary>
    public IActionResult OnGet(string slug)
    {
        Topic = Reading.Topic.All(Snapshot, Policy).FirstOrDefault(t => t.Slug == slug);
        if (Topic is null)
        {
            return NotFound();
        }

        PageTitle = $"Pages about {Topic.Name}";
        Description = $"Every page on the site about {Topic.Name}.";
        CanonicalPath = SiteUrls.Topic(Topic.Slug);
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Topics", SiteUrls.Topics), new(Topic.Name, CanonicalPath)];
        return Page();
    }
}
