using AngleSharp.Html.Parser;
using Clinic.Content.Diagnostics;
using Markdig.Syntax;

namespace Clinic.Content.Tests;

/// <summary>The reader-facing Markdown extensions: care cards, table captions and glossary links.</summary>
public sealed class ReaderMarkdownTests : IDisposable
{
    private const string Glossary = """
        - term: NMDA receptor
          also: [NMDA receptors, NMDA]
          stands-for: N-methyl-D-aspartate
          definition: A docking point for glutamate on nerve cells.
        - term: esketamine
          also: [Spravato]
          definition: The S form of ketamine on its own.
          reference: fda2019
        """;

    private static readonly HtmlParser Parser = new();
    private readonly TempContent content = TempContent.Minimal();

    public ReaderMarkdownTests() => content.Write("glossary.yaml", Glossary);

    public void Dispose() => content.Dispose();

    private (Articles.Article Article, ContentSnapshot Snapshot) Render(string body)
    {
        content.Write("articles/page.md", TempContent.ArticleText(body));
        var snapshot = content.Load();
        return (snapshot.Articles.Should().ContainSingle().Subject, snapshot);
    }

    [Theory]
    [InlineData("urgent", "Urgent advice: ")]
    [InlineData("important", "Important: ")]
    [InlineData("info", "Information: ")]
    public void A_care_card_is_a_box_whose_heading_names_the_kind_of_advice_in_words(string kind, string label)
    {
        var (article, _) = Render($"Before.\n\n::: {kind}\n### Call 911 if\n\n- breathing slows\n:::\n\nAfter.");

        var card = Parser.ParseDocument(article.Html).QuerySelector($"div.care-card.care-card-{kind}")!;
        card.Should().NotBeNull(article.Html);
        var heading = card.QuerySelector("h3.care-card-heading")!;
        heading.TextContent.Should().Be(label + "Call 911 if");
        heading.QuerySelector(".visually-hidden")!.TextContent.Should().Be(label);
        card.QuerySelector(".care-card-content li")!.TextContent.Should().Be("breathing slows");
        article.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_care_card_of_an_unknown_kind_or_without_a_heading_is_reported_with_its_line_and_still_shown()
    {
        var (article, _) = Render("Intro.\n\n::: warning\n### Careful\n\nText one.\n:::\n\n::: urgent\nText two.\n:::");

        article.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.InvalidField, 13), (DiagnosticCodes.MissingField, 19));
        article.Diagnostics[0].Message.Should().Contain("'::: warning' is not a kind of care card");
        article.Diagnostics[1].Hint.Should().Contain("heading");
        article.Html.Should().Contain("Text one.").And.Contain("Text two.");
    }

    [Fact]
    public void A_Table_line_above_a_table_becomes_its_caption_and_names_its_scrolling_region()
    {
        var (article, _) = Render("Table: The three dose levels\n\n| Level | Use |\n|---|--:|\n| Low | Clinic |");

        var document = Parser.ParseDocument(article.Html);
        var region = document.QuerySelector("div.table-scroll")!;
        region.GetAttribute("role").Should().Be("region");
        region.GetAttribute("tabindex").Should().Be("0");
        region.GetAttribute("aria-label").Should().Be("The three dose levels");
        region.QuerySelector("table > caption")!.TextContent.Should().Be("The three dose levels");
        region.QuerySelectorAll("thead th[scope=col]").Should().HaveCount(2);
        region.QuerySelector("td.align-right")!.TextContent.Should().Be("Clinic");
        document.Body!.TextContent.Should().NotContain("Table:");
        article.Html.Should().NotContain("style=", "the CSP allows no inline styles");
        article.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_caption_keeps_its_file_position_so_the_linter_can_point_at_its_words()
    {
        var (article, _) = Render("Table: Doses\n\n| A | B |\n|---|---|\n| 1 | 2 |");

        var caption = article.Document.Descendants<Markdown.TableCaption>().Should().ContainSingle().Subject;
        var literal = caption.Inline!.Descendants<Markdig.Syntax.Inlines.LiteralInline>().First();
        literal.Content.ToString().Should().Be("Doses");
        var file = File.ReadAllText(article.SourcePath);
        file.Substring(literal.Span.Start, literal.Span.Length).Should().Be("Doses", "the linter maps a finding to the file through the span");
        file.Split('\n')[literal.Line].Substring(literal.Column, 5).Should().Be("Doses");
    }

    [Fact]
    public void A_table_without_a_caption_gets_a_warning_that_says_how_to_write_one()
    {
        var (article, _) = Render("| A | B |\n|---|---|\n| 1 | 2 |");

        article.Diagnostics.Should().ContainSingle().Which.Hint.Should().Contain("Table: ");
    }

    [Fact]
    public void The_first_use_of_each_term_links_to_the_glossary_with_its_definition_and_later_uses_stay_plain()
    {
        var (article, _) = Render("## About NMDA\n\nKetamine blocks NMDA receptors. NMDA receptors again. Esketamine is [sold as Spravato](https://example.org). Spravato is a spray.");

        var document = Parser.ParseDocument(article.Html);
        var links = document.QuerySelectorAll("a.term");
        links.Select(a => a.GetAttribute("href")).Should().Equal("/glossary#nmda-receptor", "/glossary#esketamine");
        var nmda = links[0];
        nmda.QuerySelector("dfn")!.TextContent.Should().Be("NMDA receptors");
        var tip = document.GetElementById(nmda.GetAttribute("aria-describedby")!)!;
        tip.TextContent.Should().Be("NMDA receptor (N-methyl-D-aspartate): A docking point for glutamate on nerve cells.");
        document.QuerySelector("h2")!.QuerySelector("a.term").Should().BeNull("headings are not linked");
        document.QuerySelector("a[href='https://example.org'] a.term").Should().BeNull("no link inside a link");
    }

    [Fact]
    public void Every_definition_id_on_a_page_is_unique_even_when_the_FAQ_renders_each_answer_on_its_own()
    {
        content.Write("faq.md", TempContent.ArticleText("Intro.\n\n## One?\n\nNMDA receptors.\n\n## Two?\n\nNMDA receptors too.", title: "FAQ"));
        var faq = content.Load().Faq!;

        var ids = faq.Questions.SelectMany(q => Parser.ParseDocument(q.AnswerHtml).QuerySelectorAll(".term-tip").Select(t => t.Id)).ToList();
        ids.Should().HaveCount(2, "each answer links its own first use").And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_glossary_entry_with_an_unknown_reference_or_a_repeated_term_is_reported()
    {
        content.Write("glossary.yaml", Glossary + "\n- term: Spravato\n  definition: Again.\n- term: mTOR\n  definition: A switch.\n  reference: nosuch2020\n");

        var snapshot = content.Load();
        snapshot.Diagnostics.Where(d => d.Path.EndsWith("glossary.yaml", StringComparison.Ordinal)).Select(d => d.Message)
            .Should().HaveCount(2).And.Contain(m => m.Contains("'Spravato' is already in the glossary")).And.Contain(m => m.Contains("nosuch2020"));
        snapshot.Glossary.Terms.Select(t => t.Term).Should().Equal("esketamine", "mTOR", "NMDA receptor");
    }
}
