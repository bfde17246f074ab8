using Clinic.Content.Cli;
using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Content.FuzzTests;

/// <summary>
/// `clinic-content check`, the build gate (`clinic-content lint content --format msbuild`, as ClaimLint.targets runs it)
/// and Production publication must agree on every broken page: each fails both commands and is withheld from the site.
/// </summary>
public sealed class OneVerdictTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "clinic-verdict", Guid.NewGuid().ToString("N"), "content");

    public OneVerdictTests() => FuzzSite.WriteTo(root);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);

    public static TheoryData<string, string, string> BrokenPages => new()
    {
        { "empty reviewed", FuzzSite.Article.Replace("reviewed: 2026-11-01", "reviewed:", StringComparison.Ordinal), "broken.md(6," },
        { "unclosed title", FuzzSite.Article.Replace("title: How a session goes", "title: [unclosed", StringComparison.Ordinal), "broken.md(2," },
        { "impossible date", FuzzSite.Article.Replace("2026-11-01", "2026-02-30", StringComparison.Ordinal), "broken.md(6," },
        { "no reviewer", FuzzSite.Article.Replace("reviewer: Medical Director, MD\n", string.Empty, StringComparison.Ordinal), "broken.md" },
        { "deep nesting", FuzzSite.Article + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- x\n")), "broken.md(" },
        { "banned claim", FuzzSite.Article + "\nKetamine cures depression in just a few sessions.\n", "broken.md(" },
    };

    [Theory]
    [MemberData(nameof(BrokenPages))]
    public async Task Check_the_build_gate_and_production_give_one_verdict(string name, string page, string position)
    {
        File.WriteAllText(Path.Combine(root, "articles", "broken.md"), page);

        var check = Run("check", "--content", root);
        var gate = Run("lint", root, "--format", "msbuild");
        using var site = new ProductionSite(root);
        site.Services.GetRequiredService<ContentRebuilder>().Source.Current.Should().NotBeNull();
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var broken = await client.GetAsync(new Uri("/articles/broken", UriKind.Relative));
        using var fine = await client.GetAsync(new Uri("/articles/how-a-session-goes", UriKind.Relative));

        check.Exit.Should().NotBe(0, $"check must fail on the {name} page: {check.Output}");
        check.Output.Should().Contain("broken.md");
        gate.Exit.Should().NotBe(0, $"the build gate must fail on the {name} page: {gate.Output}");
        gate.Output.Should().Contain("broken.md").And.Contain(position, "the finding names its real line");
        ((int)broken.StatusCode).Should().Be(404, $"Production withholds the {name} page");
        ((int)fine.StatusCode).Should().Be(200, "the other pages are unaffected");
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var (exit, output, error) = CliRun.Of(args);
        return (exit, output + error);
    }
}
