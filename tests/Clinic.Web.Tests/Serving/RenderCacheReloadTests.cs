using System.Collections.Concurrent;
using Clinic.Content;
using Clinic.Web.Performance;
using Microsoft.Extensions.DependencyInjection;
using static Clinic.Web.Tests.HotReloadEditing;

namespace Clinic.Web.Tests.Serving;

/// <summary>A reload swaps the whole set of rendered pages at once and renders again only the pages whose files changed.</summary>
public sealed class RenderCacheReloadTests : IDisposable
{
    private const string Other = "/articles/how-ketamine-works";
    private const string OldName = "Northfield Ketamine Clinic";
    private const string NewName = "Renamed Test Clinic";
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task Editing_one_article_renders_only_that_article_and_the_pages_that_list_it_again()
    {
        using var site = new SiteFactory(content.Root);
        using var client = site.CreateClient();
        var cache = site.Services.GetRequiredService<RenderCache>();
        var before = await client.GetStringAsync(new Uri(Other, UriKind.Relative));
        using var otherBefore = await client.GetAsync(new Uri(Other, UriKind.Relative));
        await client.GetStringAsync(new Uri(ArticlePath, UriKind.Relative));
        await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var path = content.PathOf(Article);
        var rebuilds = site.Rebuilder().RebuildCount;
        File.AppendAllText(path, "\nA new closing paragraph written for this test.\n");
        await site.WaitForRebuildAsync(rebuilds);
        var renders = cache.RenderCount;

        using var otherAfter = await client.GetAsync(new Uri(Other, UriKind.Relative));
        cache.RenderCount.Should().Be(renders, "the other article's file and the shared files did not change");
        otherAfter.Headers.ETag.Should().Be(otherBefore.Headers.ETag);
        (await otherAfter.Content.ReadAsStringAsync()).Should().Be(before);

        (await client.GetStringAsync(new Uri(ArticlePath, UriKind.Relative))).Should().Contain("A new closing paragraph written for this test.");
        cache.RenderCount.Should().Be(renders + 1, "the edited article is rendered again");
        await client.GetStringAsync(new Uri("/", UriKind.Relative));
        cache.RenderCount.Should().Be(renders + 2, "pages other than articles may show anything, so they are rendered again too");
    }

    [Fact]
    public async Task Changing_a_shared_file_renders_every_page_again()
    {
        using var site = new SiteFactory(content.Root);
        using var client = site.CreateClient();
        (await client.GetStringAsync(new Uri(Other, UriKind.Relative))).Should().Contain(OldName);

        var rebuilds = site.Rebuilder().RebuildCount;
        var settings = content.PathOf("site.yaml");
        File.WriteAllText(settings, Renamed(settings));
        await site.WaitForRebuildAsync(rebuilds);

        var after = await client.GetStringAsync(new Uri(Other, UriKind.Relative));
        after.Should().Contain(NewName).And.NotContain(OldName);
    }

    [Fact]
    public async Task No_request_sees_the_old_site_after_any_request_has_seen_the_new_one()
    {
        using var site = new SiteFactory(content.Root);
        using var client = site.CreateClient();
        var paths = new[] { "/", "/faq", "/research", Other, ArticlePath };
        foreach (var path in paths)
        {
            await client.GetStringAsync(new Uri(path, UriKind.Relative));
        }

        var settings = content.PathOf("site.yaml");
        var rebuilds = site.Rebuilder().RebuildCount;
        var newSeen = 0;
        var newServed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var violations = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var path = paths[(i + worker) % paths.Length];
                var newAlreadySeen = Volatile.Read(ref newSeen) == 1;
                var body = await client.GetStringAsync(new Uri(path, UriKind.Relative));
                var isNew = body.Contains(NewName, StringComparison.Ordinal);
                var isOld = body.Contains(OldName, StringComparison.Ordinal);
                if (isNew && isOld)
                {
                    violations.Add($"{path} mixes the old and new site");
                }

                if (isNew)
                {
                    Volatile.Write(ref newSeen, 1);
                    newServed.TrySetResult();
                }
                else if (newAlreadySeen)
                {
                    violations.Add($"{path} served the old site after the new one had been served");
                }
            }
        })).ToList();

        File.WriteAllText(settings, Renamed(settings));
        await site.WaitForRebuildAsync(rebuilds);
        await newServed.Task.WaitAsync(HotReloadEditing.Patience); // a reader sees the new site on its next request
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        violations.Should().BeEmpty();
    }

    /// <summary>site.yaml with the clinic renamed: the name is on every page (title, header, footer).</summary>
    private static string Renamed(string settings) =>
        File.ReadAllText(settings).Replace("name: " + OldName, "name: " + NewName, StringComparison.Ordinal);

    [Fact]
    public void Every_part_of_a_snapshot_is_in_the_fingerprints_that_decide_what_a_reload_keeps()
    {
        var properties = typeof(ContentSnapshot).GetProperties().Select(p => p.Name);
        properties.Should().BeSubsetOf(SnapshotInputs.Covered,
            "a page rendered from a new part of the snapshot would otherwise be kept after that part changed; add it to SnapshotInputs");
    }
}
