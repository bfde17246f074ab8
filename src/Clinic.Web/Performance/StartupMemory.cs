using System.Runtime;
using Clinic.Web.ContentHosting;

namespace Clinic.Web.Performance;

/// <summary>Gives back the memory the first content load used only while it ran, before the site starts serving.</summary>
internal static class StartupMemory
{
    /// <summary>
    /// Loads the content (requests never parse or touch content files), then compacts the heap and returns its free
    /// pages to the system. Reading thousands of files at once leaves hundreds of megabytes of garbage, and the garbage
    /// collector would otherwise keep that high-water mark committed for the life of the process. One blocking
    /// collection costs milliseconds on the shipped content and a fraction of a second at thousands of articles,
    /// once, before the first request.
    /// </summary>
    public static WebApplication LoadContentCompactly(this WebApplication app)
    {
        app.Services.GetRequiredService<SnapshotSource>();
        GiveBack();
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
