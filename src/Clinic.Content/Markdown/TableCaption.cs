using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Markdown;

/// <summary>
/// A table's caption, written as a paragraph starting "Table:" on the line above the table
/// (Pandoc's syntax). It stays a text block of its own, so the linter reads it like any other text.
/// </summary>
internal sealed class TableCaption(BlockParser? parser) : LeafBlock(parser)
{
    /// <summary>The word that starts a caption line.</summary>
    public const string Marker = "Table:";

    /// <summary>The caption of <paramref name="table"/>, when the block before it is one.</summary>
    public static TableCaption? Of(Table table) =>
        table.Parent is { } parent && parent.IndexOf(table) is var i and > 0 ? parent[i - 1] as TableCaption : null;

    /// <summary>The caption as plain words, for the table's accessible name.</summary>
    public string PlainText => string.Concat(Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []).Trim();

    /// <summary>Turns every "Table: ..." paragraph right above a table into that table's caption.</summary>
    internal static void Attach(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            var parent = table.Parent!;
            var index = parent.IndexOf(table);
            if (index == 0 || parent[index - 1] is not ParagraphBlock { Inline.FirstChild: LiteralInline first } paragraph
                || !first.Content.ToString().StartsWith(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            // Drop the marker from the text but keep the slice's file offsets, so findings still point at the right column.
            var content = first.Content;
            content.Start += Marker.Length;
            content.TrimStart();
            var dropped = content.Start - first.Content.Start;
            first.Content = content;
            first.Span = new SourceSpan(first.Span.Start + dropped, first.Span.End);
            first.Column += dropped;
            var inline = paragraph.Inline;
            paragraph.Inline = null;
            var caption = new TableCaption(null)
            {
                Line = paragraph.Line,
                Column = paragraph.Column,
                Span = paragraph.Span,
                Inline = inline,
            };
            parent[index - 1] = caption;
        }
    }
}
