using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Clinic.Content.Markdown;

/// <summary>The words a reader sees in rendered page HTML: for search, reading time and search engines' snippets.</summary>
public static partial class PlainText
{
    /// <summary>Elements after which a reader sees a break, so their words must not run into the next ones.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "blockquote", "br", "div", "dd", "dt", "figcaption", "caption",
    };

    /// <summary>The text of <paramref name="html"/> with single spaces, without citation markers or glossary tips.</summary>
    public static string FromHtml(string html)
    {
        var body = new HtmlParser().ParseDocument(string.Concat("<!doctype html><body>", html)).Body!;

        // Citation markers ("[1, 2]") point into the page's reference list; out of context they are noise. A glossary
        // definition shown beside a term is help for the reader, not part of the page's own text.
        foreach (var aside in body.QuerySelectorAll("sup.citation, span.term-tip").ToList())
        {
            aside.Remove();
        }

        var text = new StringBuilder(html.Length);
        Append(body, text);
        return SpaceBeforePunctuation().Replace(Space().Replace(text.ToString(), " ").Trim(), "$1");
    }

    /// <summary>
    /// How many words <see cref="FromHtml"/> gives for <paramref name="html"/> (runs of non-space characters), counted
    /// without parsing a document. For HTML this project renders (pages, FAQ answers), not arbitrary HTML.
    /// </summary>
    public static int CountWords(string html) => RenderedWords.Count(html);

    /// <summary>True for elements after which a reader sees a break.</summary>
    internal static bool IsBlock(string name) => Blocks.Contains(name);

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText words)
            {
                text.Append(words.Data);
            }
            else if (child is IElement element)
            {
                Append(element, text);
                if (Blocks.Contains(element.LocalName))
                {
                    text.Append(' ');
                }
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
