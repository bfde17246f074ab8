using System.Net;
using System.Text.RegularExpressions;

namespace Clinic.Web.StructuredData;

/// <summary>
/// Turns a rendered answer back into the words a reader sees, for search engines' FAQ snippets.
/// The input is the content pipeline's own safe HTML (no raw HTML from authors), so tags are regular.
/// </summary>
internal static partial class PlainText
{
    public static string FromHtml(string html)
    {
        // Citation markers ("[1, 2]") point into the page's reference list; out of context they are noise.
        var text = CitationMarker().Replace(html, string.Empty);
        // A glossary definition shown beside a term is help for the reader, not part of the page's own text.
        text = TermTip().Replace(text, string.Empty);
        text = BlockEnd().Replace(text, " ");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = Space().Replace(text, " ").Trim();
        return SpaceBeforePunctuation().Replace(text, "$1");
    }

    [GeneratedRegex(@"<sup class=""citation"">.*?</sup>", RegexOptions.Singleline)]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"<span class=""term-tip""[^>]*>.*?</span>", RegexOptions.Singleline)]
    private static partial Regex TermTip();

    [GeneratedRegex(@"</(p|li|h\d|td|th|tr|blockquote)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
