using Clinic.Content.Glossary;
using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;

namespace Clinic.Web.Pages;

/// <summary>The glossary: every term with its plain definition; pages link each term's first use here.</summary>
public sealed class GlossaryModel(ISnapshotSource source, ContentOptions options) : SitePageModel(source, options)
{
    /// <summary>The terms, in the glossary's order.</summary>
    public IReadOnlyList<GlossaryTerm> Terms { get; private set; } = [];

    /// <summary>Lists the terms.</summary>
    public void OnGet()
    {
        Terms = Snapshot.Glossary.Terms;
        PageTitle = "Glossary";
        Description = "Plain explanations of the scientific words used in our articles about ketamine therapy.";
        CanonicalPath = SiteUrls.Glossary;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Glossary", SiteUrls.Glossary)];
    }
}
