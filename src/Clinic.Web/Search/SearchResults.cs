namespace Clinic.Web.Search;

/// <summary>The results for one query: the best hits, and how many matched in all.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total)
{
    /// <summary>No results: what a blank query shows.</summary>
    public static SearchResults None { get; } = new([], 0);
}
