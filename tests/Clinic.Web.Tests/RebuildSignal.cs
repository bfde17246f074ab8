using Clinic.Web.ContentHosting;

namespace Clinic.Web.Tests;

/// <summary>
/// The tests' one seam onto the site's rebuild notification (<see cref="ContentRebuilder.Rebuilt"/>): a task that
/// completes at the next rebuild, so hot-reload tests wait for the site to act instead of sleeping or polling.
/// </summary>
internal sealed class RebuildSignal : IDisposable
{
    private readonly ContentRebuilder rebuilder;
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RebuildSignal(ContentRebuilder rebuilder)
    {
        this.rebuilder = rebuilder;
        rebuilder.Rebuilt += OnRebuilt;
    }

    /// <summary>Completes when the next rebuild (after this call) has finished. Take it before checking what a rebuild would change.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Dispose() => rebuilder.Rebuilt -= OnRebuilt;

    private void OnRebuilt(object? sender, EventArgs e) =>
        Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
