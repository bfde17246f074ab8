using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Clinic.Content.Markdown;

/// <summary>Adds the citation syntax to a Markdig pipeline.</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            // Before the link parser: otherwise "[@key]" would be read as the text of a broken link.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Rendering needs per-page numbering, so PageRenderer adds the citation renderer itself.
    }
}
