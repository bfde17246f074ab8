using System.Collections.Concurrent;
using Clinic.Content;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Performance;

/// <summary>
/// Every response rendered from one snapshot, held as bytes. A new snapshot gets a new set, started from the old
/// set's responses whose inputs did not change, and swapped in as one reference: a request reads one set only.
/// </summary>
internal sealed class RenderCache(SnapshotSource source, ContentVersion version, ContentOptions options)
{
    private readonly Lock gate = new();
    private Generation? current;
    private long renders;

    /// <summary>How many responses have been rendered into the cache since start-up (a test's window on re-rendering).</summary>
    public long RenderCount => Interlocked.Read(ref renders);

    /// <summary>
    /// The set a request starting now reads, and its snapshot (which a render must pin); null when a reload is midway.
    /// </summary>
    public Generation? Current(out ContentSnapshot snapshot)
    {
        // Version first: a reload publishes the snapshot before it advances the version, so this pair is never newer
        // content under an older version's findings. Only the preview shows findings, so only it needs the version.
        var contentVersion = options.ShowProblems ? version.Current : null;
        snapshot = source.Latest;
        return For(snapshot, contentVersion);
    }

    /// <summary>
    /// The set for the snapshot a request reads, or null when that snapshot is no longer the newest (a request that
    /// started before a reload renders normally; it must not start a set for content that has gone).
    /// </summary>
    public Generation? For(ContentSnapshot snapshot, string? contentVersion)
    {
        var now = Volatile.Read(ref current);
        if (now is not null && ReferenceEquals(now.Snapshot, snapshot) && now.Version == contentVersion)
        {
            return now;
        }

        if (!ReferenceEquals(source.Latest, snapshot) || (contentVersion is not null && version.Current != contentVersion))
        {
            return null;
        }

        lock (gate)
        {
            now = current;
            if (now is not null && ReferenceEquals(now.Snapshot, snapshot) && now.Version == contentVersion)
            {
                return now;
            }

            var next = new Generation(this, snapshot, contentVersion, SnapshotInputs.Of(snapshot, options.Policy));
            // The preview shows each page's problems, which change with every save: it keeps nothing.
            if (now is not null && !options.ShowProblems)
            {
                next.KeepUnchanged(now);
            }

            Volatile.Write(ref current, next);
            return next;
        }
    }

    /// <summary>The cached responses of one snapshot, by request path.</summary>
    internal sealed class Generation(RenderCache owner, ContentSnapshot snapshot, string? version, SnapshotInputs inputs)
    {
        private readonly ConcurrentDictionary<string, CachedResponse> entries = new(StringComparer.Ordinal);

        public ContentSnapshot Snapshot { get; } = snapshot;

        /// <summary>The content version in the preview (whose pages show findings that arrive after the snapshot); null in Production.</summary>
        public string? Version { get; } = version;

        public bool TryGet(string key, out CachedResponse response) => entries.TryGetValue(key, out response!);

        /// <summary>Keeps the first response rendered for a key; a concurrent render of the same page is dropped.</summary>
        public CachedResponse Add(string key, CachedResponse response)
        {
            Interlocked.Increment(ref owner.renders);
            return entries.GetOrAdd(key, response);
        }

        public void KeepUnchanged(Generation previous)
        {
            foreach (var (key, response) in previous.entries)
            {
                if (inputs.Keeps(previous.Inputs, response.Kind, PathOf(key)))
                {
                    entries.TryAdd(key, response);
                }
            }
        }

        private SnapshotInputs Inputs => inputs;

        private static string PathOf(string key)
        {
            var query = key.IndexOf('?', StringComparison.Ordinal);
            return query < 0 ? key : key[..query];
        }
    }
}
