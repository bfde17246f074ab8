using System.Diagnostics;
using Clinic.Content;
using Clinic.Content.Diagnostics;
using Clinic.Content.Publishing;
using Clinic.Content.Workspace;

namespace Clinic.Web.ContentHosting;

/// <summary>
/// Reads the content folder into a new snapshot, lints it, and swaps it in. In Production a page whose new version is
/// broken keeps its last good version; in preview the new version is served with its problems shown.
/// </summary>
internal sealed class ContentRebuilder
{
    private readonly ContentOptions options;
    private readonly ContentWorkspace workspace;
    private readonly IContentLint lint;
    private readonly FindingsStore findings;
    private readonly ContentVersion version;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly SnapshotSource? source;
    private readonly RetryDelay retry;
    private long rebuilds;

    public ContentRebuilder(
        ContentOptions options, IContentLint lint, FindingsStore findings, ContentVersion version, TimeProvider clock, ILoggerFactory loggers)
    {
        this.options = options;
        workspace = new ContentWorkspace(options.Root);
        this.lint = lint;
        this.findings = findings;
        this.version = version;
        this.clock = clock;
        logger = loggers.CreateLogger("Clinic.Web.Content");
        retry = new RetryDelay(clock);
        source = new SnapshotSource(FirstLoad());
    }

    /// <summary>Raised after every rebuild, whether or not it changed what is served: the signal tests wait on instead of sleeping.</summary>
    public event EventHandler? Rebuilt;

    /// <summary>The snapshot the site serves.</summary>
    public SnapshotSource Source => source!;

    /// <summary>True when the last load failed and the time to try again has come (the watcher asks on each tick).</summary>
    public bool RetryDue => retry.Failing && retry.Due;

    /// <summary>How many rebuilds have run since start-up (the first load not counted).</summary>
    public long RebuildCount => Interlocked.Read(ref rebuilds);

    /// <summary>Reads the folder again and serves the result; on failure keeps serving what it had. Never throws.</summary>
    public bool Rebuild()
    {
        lock (gate)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                if (!Directory.Exists(options.Root))
                {
                    // Mid-way through a checkout or a folder move: an empty site would be worse than the last one.
                    ReloadLog.RootMissing(logger, options.Root);
                    return false;
                }

                if (ContentWorkspace.WhyUnlistable(options.Root) is { } reason)
                {
                    // Logged once per run of failures; retried with a growing delay, never in a loop.
                    if (retry.Failed())
                    {
                        ReloadLog.RootUnreadable(logger, options.Root, reason);
                    }

                    return false;
                }

                Build(Source.Current);
                if (retry.Succeeded())
                {
                    ReloadLog.Recovered(logger, options.Root);
                }

                version.Advance();
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                ReloadLog.Reloaded(logger, elapsed);
                return true;
            }
#pragma warning disable CA1031 // Whatever went wrong, the site keeps serving the snapshot it has.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (retry.Failed())
                {
                    ReloadLog.Failed(logger, ex);
                }

                return false;
            }
            finally
            {
                Interlocked.Increment(ref rebuilds);
                Rebuilt?.Invoke(this, EventArgs.Empty);
            }
        }
    }

    /// <summary>
    /// The start-up load. Whatever goes wrong, the site starts: with no pages and the problem as a diagnostic (shown in
    /// Development, logged in Production), and the load is tried again with a growing delay.
    /// </summary>
    private ContentSnapshot FirstLoad()
    {
        try
        {
            return Build(previous: null);
        }
#pragma warning disable CA1031 // A content folder must never stop the site from starting.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            retry.Failed();
            ReloadLog.FirstLoadFailed(logger, options.Root, ex);
            var problem = new ContentDiagnostic(options.Root, 1, 1, DiagnosticSeverity.Error, DiagnosticCodes.MissingFile,
                $"The content folder could not be read ({ex.GetType().Name}: {ex.Message}), so no page is served yet.",
                "Make the folder and its files readable by the site; it is read again automatically.");
            var empty = ContentSnapshot.Empty(options.Root, [problem], clock.GetUtcNow());
            findings.Attach(empty, ContentFindings.ProblemsOf(empty));
            return empty;
        }
    }

    /// <summary>Reads, lints and publishes; returns what is served. <paramref name="previous"/> is null on the first load.</summary>
    private ContentSnapshot Build(ContentSnapshot? previous)
    {
        if (previous is null)
        {
            lint.Prepare(workspace); // the lint cache and the rules are read while the content loads
        }

        var loaded = ContentLoader.Load(workspace, clock);
        ReloadLog.Loaded(logger, loaded.Articles.Count, loaded.References.Count, loaded.Diagnostics.Count, loaded.Root);
        ContentSnapshot served;
        ContentFindings found;
        if (options.Policy.IncludePagesWithErrors)
        {
            // Preview: serve the save at once, as written (a page caught half-saved keeps its previous version);
            // the lint findings follow a moment later, before an open tab is told to reload.
            served = LastGoodPages.Merge(previous, loaded, options.Policy, LintVerdict.Clean).Snapshot;
            findings.Attach(served, ContentFindings.ProblemsOf(loaded)); // the content model's problems show at once
            Publish(served);
            found = RunLint(loaded);
        }
        else
        {
            // Production: nothing is published before the linter has passed it.
            found = RunLint(loaded);
            var merged = LastGoodPages.Merge(previous, loaded, options.Policy, found.Verdict);
            served = merged.Snapshot;
            ReloadLog.Findings(logger, found, loaded.Root);
            foreach (var path in merged.Retained)
            {
                ReloadLog.Retained(logger, loaded.Display(path));
            }

            foreach (var path in merged.Withheld)
            {
                ReloadLog.Withheld(logger, loaded.Display(path));
            }

            Publish(served);
        }

        findings.Attach(served, found);

        // The linter was the syntax trees' last reader: pages render from their kept HTML, sections and cited keys.
        loaded.ReleaseSyntaxTrees();
        if (options.Policy.IncludePagesWithErrors)
        {
            ReloadLog.Findings(logger, found, loaded.Root);
        }

        return served;
    }

    /// <summary>Serves <paramref name="snapshot"/> from the next request on (the first load has no source yet).</summary>
    private void Publish(ContentSnapshot snapshot) => source?.Replace(snapshot);

    private ContentFindings RunLint(ContentSnapshot snapshot)
    {
        try
        {
            return lint.Run(snapshot);
        }
#pragma warning disable CA1031 // A linter failure must not stop content from loading; it is reported instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Fail closed: unchecked pages are not published (Production keeps each page's last good version).
            return ContentFindings.Unchecked(snapshot,
                $"The claim linter failed ({ex.GetType().Name}: {ex.Message}), so no page was checked; new versions are held back until it runs again.");
        }
    }
}
