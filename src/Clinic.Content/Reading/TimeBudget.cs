namespace Clinic.Content.Reading;

/// <summary>Runs one file's work on a thread with a generous stack (<see cref="BudgetThreads"/>), and stops waiting when the budget is spent.</summary>
/// <remarks>
/// Every parser step is depth-bounded, so the big stack is a second line of defence, not the first. Work that outlives
/// its budget cannot be aborted in .NET; it finishes in the background (its input is size-bounded) and its result is dropped.
/// </remarks>
internal static class TimeBudget
{
    private const int StackBytes = 16 * 1024 * 1024;

    /// <summary>True with the result when the work finished in time; exceptions from the work are rethrown here.</summary>
    public static bool TryRun<T>(Func<T> work, TimeSpan budget, out T? result)
    {
        T? value = default;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var gate = new object();
        var finished = false;
        BudgetThreads.Start(
            () =>
            {
                try
                {
                    value = work();
                }
#pragma warning disable CA1031 // Handed back to the caller's thread below.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
                }

                lock (gate)
                {
                    finished = true;
                    Monitor.PulseAll(gate);
                }
            },
            StackBytes);
        lock (gate)
        {
            // Only the work pulses, so one wait is either its end or the budget's.
            if (!finished && !Monitor.Wait(gate, budget) && !finished)
            {
                result = default;
                return false;
            }
        }

        failure?.Throw();
        result = value;
        return true;
    }
}
