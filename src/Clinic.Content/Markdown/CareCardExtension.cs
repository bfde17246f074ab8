using Markdig;
using Markdig.Renderers;

namespace Clinic.Content.Markdown;

/// <summary>Adds care cards (<c>::: urgent</c>, <c>::: important</c>, <c>::: info</c>) to a Markdig pipeline.</summary>
internal sealed class CareCardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CareCardParser>())
        {
            pipeline.BlockParsers.Insert(0, new CareCardParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CareCardRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CareCardRenderer());
        }
    }
}
