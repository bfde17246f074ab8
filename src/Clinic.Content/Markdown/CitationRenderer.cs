using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Clinic.Content.Markdown;

/// <summary>Writes a citation as numbered markers that link to the page's reference list.</summary>
internal sealed class CitationRenderer(IReadOnlyDictionary<string, int> numbers) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<sup class=\"citation\">[");
        var first = true;
        foreach (var key in citation.Keys)
        {
            if (!first)
            {
                renderer.Write(", ");
            }

            first = false;
            if (key.IsWellFormed && numbers.TryGetValue(key.Key, out var number))
            {
                var n = number.ToString(CultureInfo.InvariantCulture);
                renderer.Write("<a href=\"#ref-").WriteEscape(ReferenceAnchor(key.Key))
                    .Write("\" aria-label=\"Reference ").Write(n).Write("\">").Write(n).Write("</a>");
            }
            else
            {
                // Visible on purpose: a broken citation must be seen in the preview, not hidden as a blank.
                renderer.Write("<span class=\"citation-missing\">[missing: ").WriteEscape(key.Key).Write("]</span>");
            }
        }

        renderer.Write("]</sup>");
    }

    /// <summary>The id of a reference's entry in a page's reference list.</summary>
    public static string ReferenceAnchor(string key) => key.ToLowerInvariant();
}
