namespace Clinic.Web.ContentHosting;

/// <summary>A version name that changes each time the served content changes, and a way to wait for the next change.</summary>
internal sealed class ContentVersion
{
    // Part of every version, so a tab also reloads after the site restarts (dotnet watch) and the count starts again.
    private readonly string instance = Guid.NewGuid().ToString("N")[..8];
    private long number;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Current => $"{instance}-{Volatile.Read(ref number)}";

    /// <summary>Marks a new version and wakes everyone waiting for one.</summary>
    public void Advance()
    {
        Interlocked.Increment(ref number);
        var previous = Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }

    /// <summary>Waits until the version is no longer <paramref name="known"/>; false when cancelled first.</summary>
    public async Task<bool> WaitForChangeAsync(string known, CancellationToken cancellationToken)
    {
        // Take the signal before comparing, so an Advance between the two cannot be missed.
        var signal = Volatile.Read(ref changed).Task;
        if (Current != known)
        {
            return true;
        }

        try
        {
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
