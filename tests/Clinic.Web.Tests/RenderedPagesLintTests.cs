using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Web.Tests;

/// <summary>Every page the site serves, rendered for real, carries the disclaimer and the crisis notice and makes no banned claim.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class RenderedPagesLintTests(ShippedSiteFixture fixture)
{
    private static readonly ClaimLinter Linter = new(
        RuleSetLoader.Load(Path.Combine(RepositoryRoot.Content, "claim-rules.yaml")),
        new LintOptions { WorkingDirectory = RepositoryRoot.Path });

    [Fact]
    public async Task Every_sitemap_page_and_the_404_page_lint_clean()
    {
        var paths = (await fixture.Site.SitemapPathsAsync()).Append("/no-such-page").ToList();
        var findings = new List<Finding>();

        foreach (var path in paths)
        {
            var response = await fixture.Site.GetAsync(path);
            findings.AddRange(Linter.LintRenderedPage(await response.Content.ReadAsStringAsync(), path));
        }

        paths.Should().HaveCountGreaterThan(3);
        findings.Select(f => $"{f.File}:{f.Span.Line}:{f.Span.Column} {f.RuleId} {f.Message} \"{f.Text}\"").Should().BeEmpty();
    }

    [Fact]
    public async Task A_page_without_the_notices_would_be_caught()
    {
        var (_, document) = await fixture.Site.GetPageAsync("/");
        foreach (var notice in document.QuerySelectorAll(".crisis-notice, .disclaimer").ToList())
        {
            notice.Remove();
        }

        Linter.LintRenderedPage(document.DocumentElement.OuterHtml, "/").Select(f => f.RuleId).Should().Contain(["CL070", "CL071"]);
    }
}
