using System.Collections.Concurrent;
using System.Net;
using Xunit.Abstractions;
using static Clinic.Web.Tests.HotReloadEditing;

namespace Clinic.Web.Tests;

/// <summary>Reloading under load: a burst of saves costs few rebuilds, and readers never see a failed or empty page.</summary>
public sealed class HotReloadLoadTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task A_burst_of_50_saves_triggers_a_bounded_number_of_rebuilds()
    {
        using var site = new SiteFactory(content.Root);
        var rebuilder = site.Rebuilder();
        var path = Path.Combine(content.Root, Article);
        var text = File.ReadAllText(path);
        var before = rebuilder.RebuildCount;

        for (var i = 1; i <= 50; i++)
        {
            File.WriteAllText(path, WithTitle(text, $"Burst save {i}"));
        }

        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Burst save 50", "the last save is served");
        var rebuilds = rebuilder.RebuildCount - before;
        output.WriteLine($"50 saves cost {rebuilds} rebuild(s) until the last was served");
        rebuilds.Should().BeInRange(1, 49, "saves that arrive together are rebuilt together, not one rebuild each");
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task No_request_fails_while_a_client_reads_continuously_during_20_rapid_changes(string environment)
    {
        using var site = new SiteFactory(content.Root, environment);
        var rebuilder = site.Rebuilder();
        var paths = new[] { "/", ArticlePath, "/faq", "/research", "/sitemap.xml", "/articles/how-ketamine-works" };
        var failures = new ConcurrentQueue<string>();
        var served = 0;
        using var stop = new CancellationTokenSource();
        using var client = site.CreateClient();

        async Task ReadContinuously()
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var path = paths[i % paths.Length];
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || body.Length < 200
                    || (!path.EndsWith(".xml", StringComparison.Ordinal) && !body.Contains("class=\"disclaimer\"", StringComparison.Ordinal)))
                {
                    failures.Enqueue($"{path}: {(int)response.StatusCode}, {body.Length} chars");
                }

                Interlocked.Increment(ref served);
            }
        }

        var readers = new[] { Task.Run(ReadContinuously), Task.Run(ReadContinuously) };
        var before = rebuilder.RebuildCount;
        var path = Path.Combine(content.Root, Article);
        var text = File.ReadAllText(path);
        for (var change = 1; change <= 20; change++)
        {
            // Every fourth change is broken, the way a half-finished save is. Each change gets its own rebuild mid-traffic.
            var rebuilt = rebuilder.RebuildCount;
            File.WriteAllText(path, change % 4 == 0 ? BrokenSave : WithTitle(text, $"Change {change}"));
            await site.WaitForRebuildAsync(rebuilt);
        }

        File.WriteAllText(path, WithTitle(text, "Final change"));
        await site.EventuallyAsync(async () => await site.ArticleTitleAsync() == "Final change", "the final change is served");
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        output.WriteLine($"{environment}: {served} requests during {rebuilder.RebuildCount - before} rebuilds");
        failures.Should().BeEmpty();
        served.Should().BeGreaterThan(20);
        (rebuilder.RebuildCount - before).Should().BeGreaterThanOrEqualTo(20, "every change was rebuilt while the readers read");
        site.Logs.Entries.Should().Contain(e => e.Message.Contains("'2026-02-31' is not a valid date", StringComparison.Ordinal),
            "the broken saves really were broken, and reported");
    }
}
