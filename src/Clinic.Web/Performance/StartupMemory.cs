using System.Runtime;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Performance;

/// <summary>Gives back the memory the first content load used only while it ran, once the site has answered its first request.</summary>
internal static class StartupMemory
{
    /// <summary>
    /// Loads the content (requests never parse or touch content files) before the site listens, and arranges for the
    /// heap to be compacted and its free pages returned to the system once the first answer has been sent. Reading
    /// thousands of files at once leaves hundreds of megabytes of garbage, and the garbage collector would otherwise
    /// keep that high-water mark committed for the life of the process. The collection blocks every thread for a
    /// fraction of a second at thousands of articles; run before listening, that was a fraction of a second more before
    /// the first answer (a reader's page or the orchestrator's readiness probe). Run after it, it is paid once, by
    /// whatever request arrives during it; the memory is the same.
    /// </summary>
    public static WebApplication LoadContentCompactly(this WebApplication app)
    {
        app.Services.GetRequiredService<SnapshotSource>();
        var pending = 1;
        app.Use(next => context =>
        {
            // One read per request once done; the exchange makes sure exactly one answer schedules the collection.
            if (Volatile.Read(ref pending) != 0 && Interlocked.Exchange(ref pending, 0) != 0)
            {
                context.Response.OnCompleted(static () =>
                {
                    // Off the request's own thread: the answer has been sent, and this must not hold up its connection.
                    ThreadPool.UnsafeQueueUserWorkItem(static _ => GiveBack(), null);
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }

    /// <summary>
    /// Compacts the heap and returns its free pages to the system: after work that left far more garbage than it kept
    /// (the first load, building the search index of thousands of pages), so its high-water mark is not kept committed.
    /// </summary>
    public static void GiveBack()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
