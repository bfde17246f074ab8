using AngleSharp.Html.Parser;
using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Content.FuzzTests;

/// <summary>Hostile content through the running Production site: it keeps serving, leaks nothing and links nothing unsafe.</summary>
public sealed class HostileSiteTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "clinic-hostile-site", Guid.NewGuid().ToString("N"), "content");
    private readonly ProductionSite site;

    public HostileSiteTests()
    {
        FuzzSite.WriteTo(root);
        site = new ProductionSite(root);
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
    }

    private void Reload() => site.Services.GetRequiredService<ContentRebuilder>().Rebuild().Should().BeTrue();

    private async Task<(int Status, string Html)> GetAsync(string path)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deep_yaml_in_references_during_a_hot_reload_keeps_the_site_serving()
    {
        (await GetAsync("/research")).Status.Should().Be(200);
        File.WriteAllText(Path.Combine(root, "references.yaml"),
            string.Concat(Enumerable.Repeat("- ", 20_000)) + "x\n");

        Reload();

        var (status, html) = await GetAsync("/");
        status.Should().Be(200);
        html.Should().Contain(FuzzSite.Disclaimer);
        (await GetAsync("/articles/how-a-session-goes")).Status.Should().Be(200, "the last good version keeps serving");
    }

    [Fact]
    public async Task A_diagram_linked_to_etc_passwd_is_never_served()
    {
        File.CreateSymbolicLink(Path.Combine(root, "diagrams", "passwd.svg"), "/etc/passwd");

        Reload();

        var (status, body) = await GetAsync("/diagrams/passwd.svg");
        status.Should().Be(404);
        body.Should().NotContain("root:");
        (await GetAsync("/diagrams/square.svg")).Status.Should().Be(200);
    }

    [Fact]
    public async Task Javascript_in_references_never_reaches_an_href()
    {
        File.WriteAllText(Path.Combine(root, "references.yaml"),
            FuzzSite.ReferencesYaml.Replace("https://example.org/smith2020", "\"  JaVaScRiPt:alert(1)\"", StringComparison.Ordinal)
                .Replace("          doi: 10.1000/example.1\n", string.Empty, StringComparison.Ordinal));

        Reload();

        foreach (var path in new[] { "/research", "/articles/how-a-session-goes" })
        {
            var (status, html) = await GetAsync(path);
            status.Should().Be(200);
            var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")!);
            links.Should().NotContain(href => href.Contains("script:", StringComparison.OrdinalIgnoreCase), path);
        }
    }
}
