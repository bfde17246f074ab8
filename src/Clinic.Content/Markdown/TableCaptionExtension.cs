using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Clinic.Content.Markdown;

/// <summary>Adds table captions ("Table: ..." above a pipe table) and the captioned, scrollable table renderer.</summary>
/// <remarks>Register after <c>UsePipeTables</c>, so that this renderer replaces Markdig's own.</remarks>
internal sealed class TableCaptionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= TableCaption.Attach;
        pipeline.DocumentProcessed += TableCaption.Attach;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new CaptionedTableRenderer());
            if (!html.ObjectRenderers.Contains<TableCaptionRenderer>())
            {
                html.ObjectRenderers.Add(new TableCaptionRenderer());
            }
        }
    }
}
