using System.Net;

namespace Clinic.Content.Markdown;

/// <summary>
/// Counts the words of <see cref="PlainText.FromHtml"/> in one pass over the page HTML this project renders, without
/// building a document: the reading time of every article needs the count, and parsing each article with AngleSharp
/// was about a tenth of an export's CPU at a thousand articles.
/// </summary>
/// <remarks>
/// Relies on what <see cref="ClinicMarkdown"/> writes: well-formed, nested tags with quoted attributes, text and
/// attribute values escaped, raw HTML never rendered. <c>PlainTextWordCountTests</c> holds the count to
/// <see cref="PlainText.FromHtml"/>'s on pages of every kind the renderer makes.
/// </remarks>
internal static class RenderedWords
{
    /// <summary>
    /// The number of non-space runs in the plain text, as <see cref="PlainText.FromHtml"/> words them: citation markers
    /// and glossary tips left out, a break after each block element, and punctuation after a space joined to the word before.
    /// </summary>
    public static int Count(string html)
    {
        var counter = new Counter();
        var skipping = string.Empty; // the element whose content is left out, while inside it
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && html.AsSpan(i).StartsWith("<!", StringComparison.Ordinal))
            {
                // A comment or declaration: no text (the renderer writes none; this keeps its words out if one appears).
                var close = html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                i = close < 0 ? html.Length : close + (html[close] == '>' ? 1 : 3);
                continue;
            }

            if (c == '<' && Tag.Read(html, i) is { } tag)
            {
                i = tag.End;
                if (skipping.Length > 0)
                {
                    if (tag.Name.Equals(skipping, StringComparison.OrdinalIgnoreCase) && !tag.SelfClosing)
                    {
                        depth += tag.Closing ? -1 : 1;
                        if (depth == 0)
                        {
                            skipping = string.Empty;
                        }
                    }
                }
                else if (!tag.Closing && !tag.SelfClosing && IsAside(html, tag))
                {
                    skipping = tag.Name;
                    depth = 1;
                }
                else if ((tag.Closing || tag.Name.Equals("br", StringComparison.OrdinalIgnoreCase)) && PlainText.IsBlock(tag.Name))
                {
                    counter.Add(' ');
                }

                continue;
            }

            if (c == '&' && Entity(html, i) is { } entity)
            {
                if (skipping.Length == 0)
                {
                    foreach (var decoded in entity.Text)
                    {
                        counter.Add(decoded);
                    }
                }

                i = entity.End;
                continue;
            }

            if (skipping.Length == 0)
            {
                counter.Add(c);
            }

            i++;
        }

        return counter.Words;
    }

    /// <summary>A citation marker (<c>sup.citation</c>) or a glossary tip (<c>span.term-tip</c>).</summary>
    private static bool IsAside(string html, Tag tag) =>
        (tag.Name.Equals("sup", StringComparison.OrdinalIgnoreCase) && tag.HasClass(html, "citation"))
        || (tag.Name.Equals("span", StringComparison.OrdinalIgnoreCase) && tag.HasClass(html, "term-tip"));

    /// <summary>A character reference (<c>&amp;amp;</c>, <c>&amp;#160;</c>) and where it ends; null when there is none.</summary>
    private static (string Text, int End)? Entity(string html, int start)
    {
        var semicolon = html.IndexOf(';', start + 1, Math.Min(32, html.Length - start - 1));
        if (semicolon < 0)
        {
            return null;
        }

        var reference = html[start..(semicolon + 1)];
        var text = WebUtility.HtmlDecode(reference);
        return text == reference ? null : (text, semicolon + 1);
    }

    /// <summary>Words as <c>\S+</c> counts them after spaces are collapsed and a space before <c>.,;:!?</c> removed.</summary>
    private struct Counter
    {
        private bool inWord;

        public int Words { get; private set; }

        public void Add(char c)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                // Punctuation after a space joins the word before it ("a ." reads "a."); at the start there is none.
                if (Words == 0 || c is not ('.' or ',' or ';' or ':' or '!' or '?'))
                {
                    Words++;
                }
            }
        }
    }

    /// <summary>One start or end tag: its name, where it ends, and where its attributes are.</summary>
    private sealed record Tag(string Name, bool Closing, bool SelfClosing, int AttributesStart, int End)
    {
        /// <summary>The tag at <paramref name="start"/> (a <c>&lt;</c>), or null when the <c>&lt;</c> starts no tag (it is text).</summary>
        public static Tag? Read(string html, int start)
        {
            var closing = start + 1 < html.Length && html[start + 1] == '/';
            var nameStart = start + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                return null;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }

            // Attribute values are quoted and escaped by the renderer, so the first '>' outside quotes ends the tag.
            var end = nameEnd;
            var quote = '\0';
            for (; end < html.Length && (quote != '\0' || html[end] != '>'); end++)
            {
                if (quote == '\0' && html[end] is '"' or '\'')
                {
                    quote = html[end];
                }
                else if (html[end] == quote)
                {
                    quote = '\0';
                }
            }

            var selfClosing = end > nameEnd && html[end - 1] == '/';
            return new Tag(html[nameStart..nameEnd], closing, selfClosing, nameEnd, Math.Min(end + 1, html.Length));
        }

        /// <summary>True when the tag's <c>class</c> attribute lists <paramref name="name"/>.</summary>
        public bool HasClass(string html, string name)
        {
            var attributes = html.AsSpan(AttributesStart, End - AttributesStart);
            var at = attributes.IndexOf("class=\"", StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && !char.IsWhiteSpace(attributes[at - 1])))
            {
                return false;
            }

            var value = attributes[(at + "class=\"".Length)..];
            var close = value.IndexOf('"');
            foreach (var token in value[..(close < 0 ? value.Length : close)].Split(' '))
            {
                if (value[token].SequenceEqual(name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
