using AngleSharp.Html.Parser;

namespace Clinic.Content.Cli.Tests;

public sealed class CheckHtmlTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public void The_html_report_lists_problems_by_line_once_each_and_links_them_to_the_words_marked_in_the_page()
    {
        content.Write("articles/rough-draft.md", """
            ---
            title: A rough draft
            summary: A page with problems to fix.
            author: Science writing team
            draft: true
            ---

            Ketamine is a cure for depression.

            One study says more [@smith2021].

            The tablets are a *miracle* for most people.
            """);
        var file = content.PathOf("../check.html");

        var (exit, output, _) = CliRun.Of(Today, "check", "--format", "html", "--output", file, "--content", content.Root);

        exit.Should().Be(1, "there are errors");
        output.Should().Contain("Wrote ");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
        var section = page.QuerySelectorAll("h2").Single(h => h.TextContent == "content/articles/rough-draft.md").NextElementSibling!;
        var items = section.QuerySelectorAll("li").ToList();
        items.Select(i => int.Parse(i.TextContent.Split(',')[0].Replace("line ", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))
            .Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("one entry per problem: the unknown key is not listed twice");
        foreach (var link in section.QuerySelectorAll("a"))
        {
            page.GetElementById(link.GetAttribute("href")!.TrimStart('#'))!.LocalName.Should().Be("mark");
        }

        page.QuerySelectorAll(".page mark").Select(m => m.TextContent).Should().Contain("miracle", "words inside emphasis are marked too");
        page.QuerySelector(".page .citation-missing")!.TextContent.Should().Be("[missing: smith2021]");
        page.QuerySelectorAll("script, link[rel=stylesheet]").Should().BeEmpty("the file opens anywhere, with nothing fetched");
    }
}
