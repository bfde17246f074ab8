namespace Clinic.Content.Reading;

/// <summary>
/// The big-stack threads <see cref="TimeBudget"/> runs files on, kept between files: starting a thread (and reserving its
/// 16 MB stack) for every file was the largest single cost of loading thousands of files, and on a loaded machine each
/// start also waited for the scheduler. A thread still busy with work whose budget ran out is not handed new work; it
/// rejoins the idle set when that work ends. Idle threads end after <see cref="IdleLifetime"/>.
/// </summary>
internal sealed class BudgetThreads
{
    /// <summary>How long an idle thread waits for more work before it ends (a reload soon after reuses it).</summary>
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(30);

    private static readonly Lock Gate = new();
    private static readonly List<BudgetThreads> Idle = [];

    private readonly object signal = new();
    private Action? next;

    private BudgetThreads()
    {
    }

    /// <summary>
    /// Runs <paramref name="work"/> on an idle thread, or on a new one with a stack of <paramref name="stackBytes"/> when
    /// none is idle (every caller asks for the same size); returns at once.
    /// </summary>
    public static void Start(Action work, int stackBytes)
    {
        BudgetThreads? worker = null;
        lock (Gate)
        {
            if (Idle.Count > 0)
            {
                worker = Idle[^1];
                Idle.RemoveAt(Idle.Count - 1);
            }
        }

        if (worker is null)
        {
            worker = new BudgetThreads();
            new Thread(worker.Loop, stackBytes) { IsBackground = true, Name = "content-file" }.Start();
        }

        lock (worker.signal)
        {
            worker.next = work;
            Monitor.Pulse(worker.signal);
        }
    }

    private void Loop()
    {
        while (true)
        {
            Action work;
            lock (signal)
            {
                while (next is null)
                {
                    if (!Monitor.Wait(signal, IdleLifetime) && next is null)
                    {
                        lock (Gate)
                        {
                            // Still idle: end. Otherwise it was taken from the idle set just now and its work is on the way.
                            if (Idle.Remove(this))
                            {
                                return;
                            }
                        }
                    }
                }

                work = next;
                next = null;
            }

            work();
            lock (Gate)
            {
                Idle.Add(this);
            }
        }
    }
}
