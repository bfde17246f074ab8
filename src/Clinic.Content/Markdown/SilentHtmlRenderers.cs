using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Markdown;

/// <summary>Drops raw HTML blocks: a page never passes author HTML through to readers.</summary>
internal sealed class SilentHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
    }
}

/// <summary>Drops raw inline HTML tags (their text content, if any, is separate and still shown).</summary>
internal sealed class SilentHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
    }
}
