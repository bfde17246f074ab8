using System.Net;
using Clinic.Web.ContentHosting;
using static Clinic.Web.Tests.HotReloadEditing;

namespace Clinic.Web.Tests;

/// <summary>Development tabs reload themselves after a content change; Production has no trace of it.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task Production_serves_no_live_reload_script_and_no_event_stream()
    {
        using var site = new SiteFactory(content.Root);

        var (_, home) = await site.GetPageAsync("/");

        ExecutableScripts(home).Should().BeEmpty();
        (await site.GetAsync(LiveReload.ScriptPath)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await site.GetAsync(LiveReload.EventsPath)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Development_pages_load_the_same_origin_script_and_the_policy_still_forbids_inline_script()
    {
        using var site = new SiteFactory(content.Root, "Development");

        var (response, page) = await site.GetPageAsync(ArticlePath);

        var scripts = ExecutableScripts(page);
        scripts.Should().ContainSingle().Which.GetAttribute("src").Should().Be(LiveReload.ScriptPath);
        scripts.Should().OnlyContain(s => s.TextContent.Trim().Length == 0, "no inline script");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self'").And.Contain("connect-src 'self'").And.NotContain("unsafe-inline");
        var script = await site.GetAsync(LiveReload.ScriptPath);
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await script.Content.ReadAsStringAsync()).Should().Contain(LiveReload.EventsPath).And.Contain(LiveReload.EventType);
    }

    [Fact]
    public async Task The_event_stream_reports_a_new_version_after_an_edit()
    {
        using var site = new SiteFactory(content.Root, "Development");
        using var client = site.CreateClient();
        using var timeout = new CancellationTokenSource(Patience);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(LiveReload.EventsPath, UriKind.Relative));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var first = await NextVersionAsync(reader, timeout.Token);
        var path = Path.Combine(content.Root, Article);
        File.WriteAllText(path, WithTitle(File.ReadAllText(path), "Edited while a tab is open"));
        var second = await NextVersionAsync(reader, timeout.Token);

        second.Should().NotBe(first);
        (await site.ArticleTitleAsync()).Should().Be("Edited while a tab is open", "by the time the tab hears of the change, the change is served");
    }

    /// <summary>Scripts a browser would run, other than the site's own progressive enhancements; JSON-LD blocks are data, not script.</summary>
    private static List<AngleSharp.Dom.IElement> ExecutableScripts(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("script")
            .Where(s => s.GetAttribute("type") is null or "" or "text/javascript" or "module")
            .Where(s => s.GetAttribute("src")?.StartsWith("/js/site.js", StringComparison.Ordinal) != true)
            .ToList();

    private static async Task<string> NextVersionAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? type = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == LiveReload.EventType)
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }
}
