using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>Holds the snapshot the site serves; replacing it is one atomic reference swap.</summary>
internal sealed class SnapshotSource(ContentSnapshot initial) : ISnapshotSource
{
    private ContentSnapshot current = initial;

    public ContentSnapshot Current => Volatile.Read(ref current);

    /// <summary>Serves <paramref name="next"/> from the next request on; requests in flight keep theirs.</summary>
    public void Replace(ContentSnapshot next) => Volatile.Write(ref current, next);
}
