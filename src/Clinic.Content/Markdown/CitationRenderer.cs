using System.Globalization;
using Clinic.Content.References;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Clinic.Content.Markdown;

/// <summary>Writes a citation as numbered markers that link to the page's reference list.</summary>
/// <param name="numbers">Each reference's number on the page.</param>
/// <param name="useOf">Which use of its reference each citation key is, so the reference list can link back to it.</param>
internal sealed class CitationRenderer(IReadOnlyDictionary<string, int> numbers, IReadOnlyDictionary<CitationKey, int> useOf)
    : HtmlObjectRenderer<CitationInline>
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
                renderer.Write("<a id=\"").WriteEscape(ReferenceAnchors.OfUse(key.Key, useOf[key]))
                    .Write("\" href=\"#").WriteEscape(ReferenceAnchors.InPageList(key.Key))
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
}
