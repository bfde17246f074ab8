using Clinic.Content.Pages;
using Clinic.Content.References;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace Clinic.Web.Pages.Studies;

/// <summary>Every shown page citing one study, a page of them at a time (the research page names the first few).</summary>
public sealed class StudyModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The study shown, once found.</summary>
    public Reference? Reference { get; private set; }

    /// <summary>The pages on this page of the list that cite the study.</summary>
    public IReadOnlyList<ContentPage> Citing { get; private set; } = [];

    /// <summary>How many pages cite the study.</summary>
    public int Total { get; private set; }

    /// <summary>This page's number in the list of citing pages.</summary>
    public int Number { get; private set; } = 1;

    /// <summary>How many pages the list of citing pages has.</summary>
    public int PageCount { get; private set; } = 1;

    /// <summary>Shows the study <paramref name="key"/> and page <paramref name="number"/> of the pages citing it.</summary>
    public IActionResult OnGet(string key, int? number)
    {
        Reference = Snapshot.FindReference(key);
        var citing = Reference is null ? [] : Snapshot.PagesCiting(Reference.Key, Policy);
        Total = citing.Count;
        PageCount = Math.Max(1, (Total + IndexModel.PageSize - 1) / IndexModel.PageSize);
        Number = number ?? 1;
        // Uncited studies have no list; page 1 is the study's own address; a page past the end does not exist.
        if (Reference is null || Total == 0 || Number < 1 || Number > PageCount || number == 1)
        {
            return NotFound();
        }

        Citing = citing.Skip((Number - 1) * IndexModel.PageSize).Take(IndexModel.PageSize).ToList();
        PageTitle = Number == 1 ? $"Pages citing {Reference.Title}" : $"Pages citing {Reference.Title}, page {Number} of {PageCount}";
        Description = $"Every page on the site that cites {Reference.Title}.";
        CanonicalPath = SiteUrls.Study(Reference.Key, Number);
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Research", SiteUrls.Research), new(Reference.Title, SiteUrls.Study(Reference.Key))];
        return Page();
    }
}
