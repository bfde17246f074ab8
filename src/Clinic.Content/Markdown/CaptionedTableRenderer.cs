using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Clinic.Content.Markdown;

/// <summary>
/// Writes a pipe table with its caption inside a named, keyboard-focusable region that scrolls sideways on a
/// narrow screen, so words never have to break mid-word to fit. Alignment is a class, not a style attribute,
/// because the site's CSP allows no inline styles.
/// </summary>
internal sealed class CaptionedTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var caption = TableCaption.Of(table);
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
            .WriteEscape(caption?.PlainText is { Length: > 0 } name ? name : "Table").WriteLine("\">");
        renderer.WriteLine("<table>");
        if (caption is not null)
        {
            renderer.Write("<caption>").WriteLeafInline(caption).WriteLine("</caption>");
        }

        var section = string.Empty;
        foreach (var row in table.OfType<TableRow>())
        {
            var wanted = row.IsHeader ? "thead" : "tbody";
            if (wanted != section)
            {
                if (section.Length > 0)
                {
                    renderer.Write("</").Write(section).WriteLine(">");
                }

                renderer.Write('<').Write(wanted).WriteLine(">");
                section = wanted;
            }

            renderer.WriteLine("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                var align = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
                renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
                if (align is { } a && a != TableColumnAlign.Left)
                {
                    renderer.Write(" class=\"align-").Write(a.ToString().ToLower(CultureInfo.InvariantCulture)).Write('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
                }

                renderer.Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = cell.Count == 1;
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
            }

            renderer.WriteLine("</tr>");
        }

        if (section.Length > 0)
        {
            renderer.Write("</").Write(section).WriteLine(">");
        }

        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }
}
