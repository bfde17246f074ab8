using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Clinic.Content.Markdown;

/// <summary>
/// Writes a care card as NHS.UK does: a box whose heading names the kind of advice in words (for screen readers
/// and for anyone who cannot tell the colours apart), then the text.
/// </summary>
internal sealed class CareCardRenderer : HtmlObjectRenderer<CareCard>
{
    protected override void Write(HtmlRenderer renderer, CareCard card)
    {
        var (name, label) = card.Kind switch
        {
            CareCardKind.Urgent => ("urgent", "Urgent advice: "),
            CareCardKind.Important => ("important", "Important: "),
            CareCardKind.Info => ("info", "Information: "),
            _ => (null, null),
        };
        if (name is null)
        {
            // Reported by MarkdownChecks; the text is still shown, as ordinary paragraphs.
            renderer.WriteChildren(card);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"care-card care-card-").Write(name).WriteLine("\">");
        var body = card.AsEnumerable();
        if (card.Heading is { } heading)
        {
            var tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write('<').Write(tag).Write(" class=\"care-card-heading\"><span class=\"visually-hidden\">")
                .Write(label).Write("</span>");
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).WriteLine(">");
            body = body.Skip(1);
        }

        renderer.WriteLine("<div class=\"care-card-content\">");
        foreach (var block in body)
        {
            renderer.Write(block);
        }

        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
    }
}
