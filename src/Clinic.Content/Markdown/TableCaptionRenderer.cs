using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Clinic.Content.Markdown;

/// <summary>Writes nothing where a caption was written: <see cref="CaptionedTableRenderer"/> puts it inside its table.</summary>
internal sealed class TableCaptionRenderer : HtmlObjectRenderer<TableCaption>
{
    protected override void Write(HtmlRenderer renderer, TableCaption obj)
    {
    }
}
