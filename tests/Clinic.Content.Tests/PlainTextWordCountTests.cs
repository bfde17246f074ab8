using System.Text.RegularExpressions;
using Clinic.Content.Markdown;

namespace Clinic.Content.Tests;

/// <summary>
/// The word count behind every article's reading time is counted without parsing the page; it must be exactly the
/// number of words in the page's plain text, or a reader would see a different "N minute read" than before.
/// </summary>
public sealed partial class PlainTextWordCountTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Every_shipped_page_counts_as_many_words_as_its_plain_text_has()
    {
        var shipped = ContentLoader.Load(RepositoryRoot.Content);
        var pages = shipped.Articles.Select(a => a.Html).Concat(shipped.Faq!.Questions.Select(q => q.AnswerHtml)).ToList();

        pages.Should().HaveCountGreaterThan(10);
        foreach (var html in pages)
        {
            PlainText.CountWords(html).Should().Be(WordsOf(html), html[..Math.Min(200, html.Length)]);
        }
    }

    [Theory]
    [InlineData("Approved in 2019 [@fda2019]. Then a trial [@berman2000; @li2010], with more to come.")]
    [InlineData("A list:\n\n- one [@li2010]\n- two\n  - nested *em*phasis\n\n1. first\n2. second\n\nAfter.")]
    [InlineData("| Dose | Effect |\n|---|---|\n| low | calm |\n| high | *strong* |\n\nTable: Doses and effects")]
    [InlineData("Code `a < b && c` and\n\n```\nfenced <b>text</b> here\n```\n\nend.")]
    [InlineData("Quotes \"here\" & ampersands, non&nbsp;breaking space, AT&amp;T and &copy; 2026 . spaced ! punctuation ?")]
    [InlineData("> A quote\n> over lines\n\nLine one  \nline two (hard break) and <b>raw</b> <!-- a comment --> text.")]
    [InlineData("# Heading one\n\n## Heading *two*\n\nText [a link](/faq) and ![an image](/favicon.svg \"title\").")]
    [InlineData(":::info\nA care card with **bold** words [@li2010].\n:::\n\nAfter the card.")]
    public void Rendered_markdown_counts_as_many_words_as_its_plain_text_has(string markdown)
    {
        content.Write("glossary.yaml", "- term: ketamine\n  definition: An anaesthetic medicine, also studied for depression.\n");
        content.Write("articles/page.md", TempContent.ArticleText("Ketamine, first. " + markdown + " Ketamine again."));
        var html = content.Load().Articles.Should().ContainSingle().Subject.Html;

        PlainText.CountWords(html).Should().Be(WordsOf(html), html);
    }

    [Theory]
    [InlineData("<p>one<sup class=\"citation\">[<a href=\"#r\">1</a>]</sup>. two</p><p>three</p>", 3)]
    [InlineData("<p>a <span class=\"x term-tip\" hidden>skipped <span>inner</span> words</span>b</p>", 2)]
    [InlineData("<ul><li>x</li><li>y</li></ul><br />z", 3)]
    public void Asides_are_left_out_and_blocks_break_words(string html, int words)
    {
        PlainText.CountWords(html).Should().Be(words).And.Be(WordsOf(html));
    }

    private static int WordsOf(string html) => Word().Count(PlainText.FromHtml(html));

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
