using Clinic.Content;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Search;

/// <summary>Search over the snapshot being served: the index is built once per snapshot, on the first search after a change.</summary>
public sealed class SiteSearch(ContentOptions options) : IDisposable
{
    /// <summary>Libraries this large leave enough garbage after indexing to be worth one blocking collection.</summary>
    private const int GiveBackFrom = 500;

    private readonly Lock gate = new();
    private (ContentSnapshot Snapshot, SearchIndex Index)? current;

    /// <summary>The pages of <paramref name="snapshot"/> that match <paramref name="query"/>.</summary>
    public SearchResults Search(ContentSnapshot snapshot, string? query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return string.IsNullOrWhiteSpace(query) ? SearchResults.None : IndexFor(snapshot).Search(query);
    }

    /// <summary>Releases the index.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            current?.Index.Dispose();
            current = null;
        }
    }

    private SearchIndex IndexFor(ContentSnapshot snapshot)
    {
        lock (gate)
        {
            if (current is not { } built || !ReferenceEquals(built.Snapshot, snapshot))
            {
                // A request still holding an older snapshot gets a fresh index of it; the newest one is kept.
                // A replaced index is left to the garbage collector, not disposed: a search may still be reading it.
                var index = new SearchIndex(SearchDocuments.Of(snapshot, options.Policy), SearchDocuments.Synonyms(snapshot));
                if (snapshot.Articles.Count >= GiveBackFrom)
                {
                    // Indexing a large library leaves tens of megabytes of garbage behind, once per snapshot.
                    Performance.StartupMemory.GiveBack();
                }

                if (current is null || snapshot.LoadedAt >= current.Value.Snapshot.LoadedAt)
                {
                    current = (snapshot, index);
                }

                return index;
            }

            return built.Index;
        }
    }
}
