using Clinic.Content.Lint.Extraction;
using Clinic.Content.Lint.Tests.Support;
using Clinic.Content.Lint.Text;
using Clinic.Content.Markdown;

namespace Clinic.Content.Lint.Tests.Extraction;

public sealed class MarkdownExtractionTests
{
    private const string Page = """
        # Heading with a miracle

        Intro with `code that cures depression` and a [link text](https://example.org/cures-depression).

        - A list item about ketamine.

        | Effect | Note |
        |---|---|
        | Dissociation | Common [@li2010] |

        ![Alt text of an image](/diagrams/a.svg)

        ```
        fenced code: ketamine cures depression
        ```
        """;

    [Fact]
    public void Reads_headings_paragraphs_list_items_table_cells_link_text_and_alt_text_but_not_code_or_urls()
    {
        var segments = Extract(Page);
        var all = string.Join(" | ", segments.Select(s => s.Text));

        all.Should().Contain("Heading with a miracle").And.Contain("link text").And.Contain("A list item about ketamine.")
            .And.Contain("Dissociation").And.Contain("Alt text of an image");
        all.Should().NotContain("cures depression").And.NotContain("example.org").And.NotContain("li2010");
        segments.Select(s => s.Kind).Should().Contain([SegmentKind.Heading, SegmentKind.ListItem, SegmentKind.TableCell, SegmentKind.ImageAlt]);
    }

    [Fact]
    public void Every_character_maps_back_to_its_place_in_the_file()
    {
        var source = new SourceText("p.md", Page);
        foreach (var segment in Extract(Page))
        {
            for (var i = 0; i < segment.Text.Length; i++)
            {
                if (segment.Text[i] != ' ')
                {
                    Page[segment.Offsets[i]].Should().Be(segment.Text[i]);
                }
            }
        }

        source.PositionOf(Page.IndexOf("A list item", StringComparison.Ordinal)).Should().Be((5, 3));
    }

    [Fact]
    public void A_citation_marks_its_cell_as_cited_when_the_key_is_known()
    {
        var cell = Extract(Page).Single(s => s.Text.Contains("Common", StringComparison.Ordinal));

        cell.Citations.Should().ContainSingle(c => c.Resolves);
    }

    [Fact]
    public void Finding_in_a_list_item_points_at_the_exact_line_and_column()
    {
        var text = "Intro line.\n\n- First item.\n- Ketamine is non-addictive.\n";

        var finding = Linted.Fragment(text).Single();

        finding.Span.Should().Be(new Findings.SourceRange(4, 15, 4, 28));
    }

    private static IReadOnlyList<TextSegment> Extract(string markdown)
    {
        var source = new SourceText("p.md", markdown);
        var document = Markdig.Markdown.Parse(markdown, ClinicMarkdown.Pipeline);
        return MarkdownExtractor.Extract(source, document, key => key == "li2010");
    }
}
