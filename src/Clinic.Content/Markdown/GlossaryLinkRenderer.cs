using System.Text.RegularExpressions;
using Clinic.Content.Glossary;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Markdown;

/// <summary>
/// Writes text, turning the first use of each glossary term into a link to its glossary entry, with the
/// definition right after it (shown when the link has focus, so a tap or the Tab key reveals it; no hover needed).
/// </summary>
/// <param name="glossary">The site's glossary.</param>
/// <param name="nextTipId">A page-unique id for each definition, so several renders of one page never clash.</param>
internal sealed partial class GlossaryLinkRenderer(SiteGlossary glossary, Func<string> nextTipId) : HtmlObjectRenderer<LiteralInline>
{
    /// <summary>Where the glossary page lives on the site.</summary>
    public const string GlossaryPath = "/glossary";

    private readonly HashSet<GlossaryTerm> linked = [];

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (glossary.Matcher is not { } matcher || !glossary.MayContainTerm(literal.Content.AsSpan()) || !renderer.EnableHtmlForInline || !MayLink(literal))
        {
            renderer.WriteEscape(ref literal.Content);
            return;
        }

        var text = literal.Content.ToString();
        var written = 0;
        foreach (Match match in matcher.Matches(text))
        {
            // Most matches are one word: only a form written across a line break or double space needs its spaces made single.
            var form = match.Value;
            if (glossary.Find(form.Any(char.IsWhiteSpace) ? Whitespace().Replace(form, " ") : form) is not { } term || !linked.Add(term))
            {
                continue;
            }

            renderer.WriteEscape(text.AsSpan(written, match.Index - written));
            var tip = nextTipId();
            renderer.Write("<a class=\"term\" href=\"").Write(GlossaryPath).Write('#').Write(term.Id)
                .Write("\" aria-describedby=\"").Write(tip).Write("\"><dfn>").WriteEscape(match.Value).Write("</dfn></a>");
            // hidden: not part of the sentence (text extractors and the linter skip it); CSS shows it on focus.
            renderer.Write("<span class=\"term-tip\" id=\"").Write(tip).Write("\" hidden>")
                .WriteEscape(term.StandsFor is { } full ? $"{term.Term} ({full}): " : $"{term.Term}: ")
                .WriteEscape(term.Definition).Write("</span>");
            written = match.Index + match.Length;
        }

        renderer.WriteEscape(text.AsSpan(written));
    }

    /// <summary>Terms are not linked inside links, headings or captions: a link there would be a link in a link, or noise.</summary>
    private static bool MayLink(Inline inline)
    {
        for (var node = inline.Parent; node is not null; node = node.Parent)
        {
            if (node is LinkInline)
            {
                return false;
            }

            if (node.Parent is null)
            {
                return node.ParentBlock is not (HeadingBlock or TableCaption);
            }
        }

        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
