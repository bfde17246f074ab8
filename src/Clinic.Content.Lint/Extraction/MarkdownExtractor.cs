using Clinic.Content.Lint.Text;
using Clinic.Content.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Lint.Extraction;

/// <summary>Reads the readable text of a Markdown document (parsed with precise source locations) into segments.</summary>
/// <remarks>Code, URLs, raw HTML and citation keys are left out; a citation leaves a mark so its sentence counts as cited.</remarks>
internal sealed class MarkdownExtractor
{
    private readonly SourceText source;
    private readonly Func<string, bool> keyResolves;
    private readonly List<TextSegment> segments = [];

    private MarkdownExtractor(SourceText source, Func<string, bool> keyResolves)
    {
        this.source = source;
        this.keyResolves = keyResolves;
    }

    /// <summary>The segments of <paramref name="document"/>, in reading order.</summary>
    /// <param name="source">The exact text the document was parsed from.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="keyResolves">Whether a citation key is in the reference library.</param>
    public static IReadOnlyList<TextSegment> Extract(SourceText source, MarkdownDocument document, Func<string, bool> keyResolves)
    {
        ArgumentNullException.ThrowIfNull(document);
        var extractor = new MarkdownExtractor(source, keyResolves);
        extractor.Blocks(document, SegmentKind.Paragraph);
        return extractor.segments;
    }

    private void Blocks(ContainerBlock container, SegmentKind kind)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or CodeBlock or HtmlBlock or ThematicBreakBlock:
                    break;
                case HeadingBlock heading:
                    Leaf(heading, SegmentKind.Heading);
                    break;
                case Table table:
                    foreach (var cell in table.Descendants<TableCell>())
                    {
                        var builder = new TextSegmentBuilder(source, SegmentKind.TableCell);
                        foreach (var leaf in cell.Descendants<LeafBlock>())
                        {
                            builder.AddSpace();
                            Inlines(leaf.Inline, builder);
                        }

                        Add(builder);
                    }

                    break;
                case ListItemBlock item:
                    Blocks(item, SegmentKind.ListItem);
                    break;
                case QuoteBlock quote:
                    Blocks(quote, SegmentKind.Quote);
                    break;
                case ContainerBlock nested:
                    Blocks(nested, kind);
                    break;
                case LeafBlock leaf:
                    Leaf(leaf, kind);
                    break;
            }
        }
    }

    private void Leaf(LeafBlock leaf, SegmentKind kind)
    {
        var builder = new TextSegmentBuilder(source, kind);
        Inlines(leaf.Inline, builder);
        Add(builder);
    }

    private void Inlines(ContainerInline? container, TextSegmentBuilder builder)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Literal(literal.Content.ToString(), literal.Span, builder);
                    break;
                case HtmlEntityInline entity:
                    Literal(entity.Transcoded.ToString(), entity.Span, builder);
                    break;
                case LineBreakInline lineBreak:
                    builder.Add(' ', lineBreak.Span.Start);
                    break;
                case CitationInline citation:
                    builder.AddCitation(citation.Keys.Count > 0 && citation.Keys.All(k => k.IsWellFormed && keyResolves(k.Key)),
                        citation.Keys.Where(k => k.IsWellFormed).Select(k => k.Key).ToList());
                    break;
                case LinkInline { IsImage: true } image:
                    var alt = new TextSegmentBuilder(source, SegmentKind.ImageAlt);
                    Inlines(image, alt);
                    Add(alt);
                    break;
                case CodeInline or AutolinkInline or HtmlInline:
                    builder.AddSpace();
                    break;
                case ContainerInline nested:
                    Inlines(nested, builder);
                    break;
            }
        }
    }

    private static void Literal(string text, Markdig.Syntax.SourceSpan span, TextSegmentBuilder builder)
    {
        // Table cells and escapes make a literal's span start before or run past its text; find the text itself.
        var file = builder.Source.Content;
        var start = Math.Clamp(span.Start, 0, file.Length);
        var window = Math.Min(file.Length - start, Math.Max(span.Length, text.Length) + 2);
        var at = text.Length > 0 ? file.IndexOf(text, start, window, StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            builder.Append(text, at);
            return;
        }

        // Escapes and entities are shorter in the text than in the file; keep the characters inside the span.
        var last = Math.Max(span.Start, span.End);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Add(text[i], Math.Min(span.Start + i, last));
        }
    }

    private void Add(TextSegmentBuilder builder)
    {
        if (builder.Build() is { } segment)
        {
            segments.Add(segment);
        }
    }
}
