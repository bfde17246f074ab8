using System.Diagnostics;
using System.Threading.Channels;

namespace Clinic.Web.ContentHosting;

/// <summary>
/// Watches the content folder and rebuilds the snapshot in the background once saves stop for a moment, so a burst of
/// saves (an editor's temp-file dance, a git checkout) costs one rebuild. Requests never wait for it.
/// </summary>
internal sealed class ContentWatcher(ContentRebuilder rebuilder, ContentOptions options, TimeProvider clock, ILoggerFactory loggers) : BackgroundService
{
    /// <summary>How often the folder is checked while it cannot be watched (deleted, or the system's watch limit reached).</summary>
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private readonly ILogger logger = loggers.CreateLogger("Clinic.Web.Content");

    // Capacity one: any number of events while a rebuild is pending or running collapse into one more rebuild.
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    // A watcher that cannot be created, or keeps failing (an unreadable folder), is retried with a growing delay.
    private readonly RetryDelay watchRetry = new(clock);

    private FileSystemWatcher? watcher;
    private DateTimeOffset watchingSince;
    private volatile bool restart;
    private volatile bool lost;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Watch)
        {
            return; // Content:Watch=false: the folder is read once, at start-up (an export, a read-only deployment).
        }

        // A folder that appears after start-up has not been read yet: once it can be watched, it is read.
        lost = !Directory.Exists(options.Root);

        // Watch before start-up completes, so that no save after the first load goes unseen; then leave the start-up path.
        EnsureWatching();
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                EnsureWatching();
                if (await WaitForChangeAsync(stoppingToken))
                {
                    await SettleAsync(stoppingToken);
                    rebuilder.Rebuild();
                }
                else if (rebuilder.RetryDue)
                {
                    rebuilder.Rebuild(); // the last load failed with nothing changed since: try again, less often each time
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    private async Task<bool> WaitForChangeAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(RecheckInterval);
        try
        {
            await changes.Reader.WaitToReadAsync(timeout.Token);
            return changes.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false; // nothing happened; time to check the watcher is still alive
        }
    }

    /// <summary>Waits until no change arrived for a whole quiet period, or the longest delay has passed.</summary>
    private async Task SettleAsync(CancellationToken stoppingToken)
    {
        var start = Stopwatch.GetTimestamp();
        do
        {
            await Task.Delay(options.QuietPeriod, stoppingToken);
        }
        while (changes.Reader.TryRead(out _) && Stopwatch.GetElapsedTime(start) < options.MaxDelay);
    }

    private void EnsureWatching()
    {
        var exists = Directory.Exists(options.Root);
        if (watcher is not null && (restart || !exists))
        {
            watcher.Dispose();
            watcher = null;
            lost = true;
            if (!exists)
            {
                ReloadLog.RootMissing(logger, options.Root);
            }
        }

        restart = false;
        if (watcher is not null && watchRetry.Failing && clock.GetUtcNow() - watchingSince > RetryDelay.Longest)
        {
            watchRetry.Succeeded(); // watching without trouble for a while: the next failure is news again
        }

        if (watcher is not null || !exists || !watchRetry.Due)
        {
            return;
        }

        try
        {
            watcher = Create();
            watchingSince = clock.GetUtcNow();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            if (watchRetry.Failed())
            {
                ReloadLog.CannotWatch(logger, options.Root, ex.Message);
            }

            lost = true;
            return;
        }

        if (lost)
        {
            // Changes made while nobody was watching must not be missed.
            lost = false;
            Signal();
        }
    }

    private FileSystemWatcher Create()
    {
        var created = new FileSystemWatcher(options.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite
                | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        created.Changed += OnChanged;
        created.Created += OnChanged;
        created.Deleted += OnChanged;
        created.Renamed += OnRenamed;
        created.Error += OnError;
        created.EnableRaisingEvents = true;
        return created;
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (e.ChangeType == WatcherChangeTypes.Deleted && IsRoot(e.FullPath))
        {
            restart = true;
        }

        if (ContentChangeFilter.Matters(e.FullPath))
        {
            Signal();
        }
    }

    // Editors that save through a temporary file finish with a rename onto the real name.
    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (ContentChangeFilter.Matters(e.FullPath) || ContentChangeFilter.Matters(e.OldFullPath))
        {
            Signal();
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // Usually a buffer overflow: events were lost, so start a fresh watcher and read everything again. An unreadable
        // folder fails the same way each time, so a fresh watcher waits longer after each failure, and only the first is logged.
        if (watchRetry.Failed())
        {
            ReloadLog.WatcherError(logger, e.GetException().Message);
        }

        lost = true;
        restart = true;
    }

    private bool IsRoot(string path) =>
        string.Equals(Path.TrimEndingDirectorySeparator(path), Path.TrimEndingDirectorySeparator(options.Root), StringComparison.Ordinal);

    private void Signal() => changes.Writer.TryWrite(true);

    public override void Dispose()
    {
        watcher?.Dispose();
        base.Dispose();
    }
}
