using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>Gives a request the current content snapshot; the snapshot a request reads never changes under it.</summary>
public interface ISnapshotSource
{
    /// <summary>The snapshot to serve now.</summary>
    ContentSnapshot Current { get; }
}
