namespace Clinic.Web.Tests;

/// <summary>The preview's problem box: sorted, each problem once, linked to its words marked in the page; and none of it in Production.</summary>
public sealed class PreviewProblemsTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public PreviewProblemsTests()
    {
        content.Write("articles/rough-draft.md", """
            ---
            title: A rough draft
            summary: A page with problems to fix.
            author: Science writing team
            draft: true
            ---

            Some people feel better within a day [@berman2000].

            Ketamine cures depression for good.

            One study says more [@smith2021].

            After a few sessions, ketamine is a miracle for most people.
            """);
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task A_draft_with_errors_still_opens_in_the_preview_with_its_problems_sorted_by_line_and_each_listed_once()
    {
        using var site = new SiteFactory(content.Root, "Development");

        var (response, page) = await site.GetPageAsync("/articles/rough-draft");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var items = page.QuerySelectorAll(".problems li.problem").ToList();
        var lines = items.Select(i => int.Parse(i.QuerySelector("code")!.TextContent.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        lines.Should().BeInAscendingOrder().And.Contain([10, 12, 14]);
        items.Count(i => i.TextContent.Contains("smith2021", StringComparison.Ordinal)).Should().Be(1, "the loader and the linter report the one unknown key once");
    }

    [Fact]
    public async Task Each_problem_in_the_text_links_to_its_words_marked_in_the_page()
    {
        using var site = new SiteFactory(content.Root, "Development");

        var (_, page) = await site.GetPageAsync("/articles/rough-draft");

        var linked = page.QuerySelectorAll(".problems a.problem-place").ToList();
        linked.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var link in linked)
        {
            var id = link.GetAttribute("href")!.TrimStart('#');
            var mark = page.GetElementById(id);
            mark.Should().NotBeNull($"{id} is linked from the problem list");
            mark!.LocalName.Should().Be("mark");
            mark.Closest(".article-body").Should().NotBeNull("the words are marked in the page itself");
            link.Closest("li")!.QuerySelector("q.problem-text")!.TextContent.Should().Contain(mark.TextContent.Trim());
        }

        page.QuerySelectorAll(".article-body mark").Select(m => m.TextContent).Should().Contain(t => t.Contains("for good", StringComparison.Ordinal))
            .And.Contain(t => t.Contains("miracle", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_citation_is_visible_in_the_page()
    {
        using var site = new SiteFactory(content.Root, "Development");

        var (_, page) = await site.GetPageAsync("/articles/rough-draft");

        page.QuerySelector(".article-body .citation-missing")!.TextContent.Should().Be("[missing: smith2021]");
    }

    [Fact]
    public async Task Production_pages_carry_no_marks_and_no_problem_box()
    {
        // A warning (not an error), so the page stays on the public site and the two can be compared.
        content.Write("articles/ketamine-safety.md", File.ReadAllText(content.PathOf("articles/ketamine-safety.md")) + "\nLower bioavailability than IV (30% vs 100%) gives steadier levels.\n");
        using var development = new SiteFactory(content.Root, "Development");
        (await development.GetPageAsync("/articles/ketamine-safety")).Document.QuerySelectorAll(".article-body mark").Should().ContainSingle();

        using var production = new SiteFactory(content.Root, "Production");
        var (response, page) = await production.GetPageAsync("/articles/ketamine-safety");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        page.Body!.TextContent.Should().Contain("gives steadier levels");
        page.QuerySelectorAll("mark, .problems").Should().BeEmpty();
    }
}
