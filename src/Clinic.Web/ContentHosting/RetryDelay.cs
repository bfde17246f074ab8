namespace Clinic.Web.ContentHosting;

/// <summary>
/// When to try again after a failure that repeats (an unreadable folder, a watcher that keeps failing): after one
/// second, then twice as long each time up to half a minute, so a broken folder costs a retry now and then, not a storm.
/// </summary>
internal sealed class RetryDelay(TimeProvider clock)
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset notBefore = DateTimeOffset.MinValue;

    /// <summary>True after a failure, until a success.</summary>
    public bool Failing => failures > 0;

    /// <summary>True when the next attempt may run.</summary>
    public bool Due => clock.GetUtcNow() >= notBefore;

    /// <summary>How long the next attempt waits.</summary>
    public TimeSpan Wait { get; private set; } = TimeSpan.Zero;

    /// <summary>Records a failure and pushes the next attempt back; true for the first failure of a run (the one to log).</summary>
    public bool Failed()
    {
        lock (gate)
        {
            failures++;
            Wait = failures > 6 ? Longest : TimeSpan.FromTicks(Math.Min(First.Ticks << (failures - 1), Longest.Ticks));
            notBefore = clock.GetUtcNow() + Wait;
            return failures == 1;
        }
    }

    /// <summary>Records a success; true when it ends a run of failures (the recovery to log).</summary>
    public bool Succeeded()
    {
        lock (gate)
        {
            var recovered = failures > 0;
            failures = 0;
            Wait = TimeSpan.Zero;
            notBefore = DateTimeOffset.MinValue;
            return recovered;
        }
    }
}
