using System.Collections.Frozen;

namespace Clinic.Content.Lint.Extraction;

/// <summary>
/// Measures how deeply an HTML page nests its elements with a linear scan, before AngleSharp parses it: its tree
/// builder looks back through every open element for each new block ("is a p element in button scope?"), so 100,000
/// nested &lt;div&gt;s cost billions of steps. Browsers stop nesting at a few hundred levels; so does the linter.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than any real page; the first level at which the page is refused.</summary>
    public const int MaxDepth = 256;

    private static readonly FrozenSet<string> Void = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RawText = new[] { "script", "style", "textarea", "title", "xmp", "plaintext" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The offset of the first tag that opens level <paramref name="maxDepth"/> + 1, or null.</summary>
    public static int? FirstTooDeep(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            tagEnd = tagEnd < 0 ? html.Length : tagEnd;
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!Void.Contains(name) && html[tagEnd - 1] != '/')
            {
                if (++depth > maxDepth)
                {
                    return i;
                }

                if (RawText.Contains(name))
                {
                    // Their content is text, not tags; skip to the end tag.
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    tagEnd = close < 0 ? html.Length : close - 1;
                }
            }

            i = tagEnd + 1;
        }

        return null;
    }
}
