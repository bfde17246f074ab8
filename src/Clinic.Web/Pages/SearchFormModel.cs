namespace Clinic.Web.Pages;

/// <summary>A search box: its input's id (unique on the page), its visible label and any query to show in it.</summary>
public sealed record SearchFormModel(string Id, string Label, string? Query = null)
{
    /// <summary>The search box in every page's header.</summary>
    public static SearchFormModel Header { get; } = new("site-search", "Search this site");

    /// <summary>The search box on the 404 page.</summary>
    public static SearchFormModel NotFound { get; } = new("not-found-search", "Search for what you were looking for");

    /// <summary>The search box at the top of the results, holding the query.</summary>
    public static SearchFormModel ForResults(string? query) => new("search-page-query", "Search articles, questions, terms and studies", query);
}
