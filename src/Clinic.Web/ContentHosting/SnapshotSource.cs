using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>Holds the snapshot the site serves; replacing it is one atomic reference swap.</summary>
internal sealed class SnapshotSource(ContentSnapshot initial) : ISnapshotSource
{
    // A request pins the snapshot it started with, so everything it renders (and caches) comes from one snapshot
    // even if a reload lands half-way through.
    private static readonly AsyncLocal<ContentSnapshot?> Pinned = new();
    private ContentSnapshot current = initial;

    public ContentSnapshot Current => Pinned.Value ?? Latest;

    /// <summary>The newest snapshot, ignoring any pin.</summary>
    public ContentSnapshot Latest => Volatile.Read(ref current);

    /// <summary>Serves <paramref name="next"/> from the next request on; requests in flight keep theirs.</summary>
    public void Replace(ContentSnapshot next) => Volatile.Write(ref current, next);

    /// <summary>Makes <paramref name="snapshot"/> the one <see cref="Current"/> returns for the rest of the calling request (its async flow).</summary>
    public static void Pin(ContentSnapshot snapshot) => Pinned.Value = snapshot;
}
