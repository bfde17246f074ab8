using Clinic.Web.ContentHosting;
using Clinic.Web.Endpoints;
using Clinic.Web.Search;

namespace Clinic.Web.Pages;

/// <summary>Site search: an ordinary GET form and a server-rendered results list, so it works with JavaScript off.</summary>
public sealed class SearchModel(ISnapshotSource source, ContentOptions options, SiteSearch search) : SitePageModel(source, options)
{
    /// <summary>What the reader searched for, if anything.</summary>
    public string? Query { get; private set; }

    /// <summary>The pages that match the query.</summary>
    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>Searches the pages readers may see for <paramref name="q"/>.</summary>
    public void OnGet(string? q)
    {
        Query = q?.Trim() is { Length: > 0 } trimmed
            ? trimmed[..Math.Min(trimmed.Length, SearchIndex.MaxQueryLength)]
            : null;
        Results = search.Search(Snapshot, Query);
        PageTitle = Query is null ? "Search" : $"Search results for “{Query}”";
        Description = "Search the articles, questions, glossary and research library.";
        CanonicalPath = SiteUrls.Search;
        Breadcrumbs = [new("Home", SiteUrls.Home), new("Search", SiteUrls.Search)];
    }
}
