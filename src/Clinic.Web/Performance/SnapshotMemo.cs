using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Clinic.Web.Performance;

/// <summary>
/// Values worked out once per content object (a snapshot, an article's HTML) instead of once per render: a page that
/// walked the whole library on every render made each render, and so an export, cost more as the library grew.
/// </summary>
/// <remarks>
/// Keyed weakly on the object itself, so a value lives exactly as long as the snapshot or page it was computed from,
/// and a reload (a new snapshot) can never be answered with an old snapshot's value.
/// </remarks>
internal static class SnapshotMemo
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<object, object>> Values = new();

    /// <summary>The value named <paramref name="key"/> for <paramref name="owner"/>, computed on first use.</summary>
    public static T Get<T>(object owner, object key, Func<T> compute)
        where T : notnull =>
        (T)Values.GetValue(owner, _ => new ConcurrentDictionary<object, object>()).GetOrAdd(key, _ => compute());
}
