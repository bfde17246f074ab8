using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Extraction;

/// <summary>Reads what a visitor sees of an HTML page (visible text, title, meta description, image alt text) into segments.</summary>
public sealed class HtmlExtractor
{
    private static readonly FrozenSet<string> Hidden = new[]
    {
        "script", "style", "template", "noscript", "code", "kbd", "samp", "head", "iframe", "object", "svg", "math", "canvas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Inline = new[]
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "label", "mark", "q", "s",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "img", "br",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxReferenceEntry = 3000;

    private readonly SourceText source;
    private readonly HtmlSourceAligner aligner;
    private readonly List<TextSegment> segments = [];
    private TextSegmentBuilder? current;
    private readonly HtmlSubtrees subtrees;
    private int referenceEntryDepth;

    private HtmlExtractor(SourceText source, IDocument document)
    {
        this.source = source;
        aligner = new HtmlSourceAligner(source.Content);
        subtrees = new HtmlSubtrees(document);
    }

    /// <summary>The readable text of an HTML file, as segments the rules check.</summary>
    public static IReadOnlyList<TextSegment> Extract(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(source.Content);
        var extractor = new HtmlExtractor(source, document);
        extractor.Head(document);
        if (document.Body is { } body)
        {
            extractor.Children(body, SegmentKind.Paragraph);
        }

        extractor.Flush();
        return extractor.segments;
    }

    private void Head(IDocument document)
    {
        if (document.Head?.QuerySelector("title") is { } title)
        {
            Start(SegmentKind.Title);
            Children(title, SegmentKind.Title);
            Flush();
        }

        if (document.Head?.QuerySelector("meta[name='description' i]") is { } meta && meta.GetAttribute("content") is { Length: > 0 } content)
        {
            AddAttribute(meta, "content", content, SegmentKind.Summary);
        }
    }

    /// <summary>Walks the children of <paramref name="parent"/> in document order with its own stack, so nesting depth costs heap, not call stack.</summary>
    private void Children(INode parent, SegmentKind kind)
    {
        var pending = new Stack<Step>();
        PushChildren(pending, parent, kind);
        while (pending.TryPop(out var step))
        {
            if (step.Node is null)
            {
                // Leaving a block element.
                Flush();
                referenceEntryDepth -= step.Entry ? 1 : 0;
            }
            else if (step.Node is IText text)
            {
                AddText(text.Data, step.Kind);
            }
            else if (step.Node is IElement element)
            {
                Element(element, step.Kind, pending);
            }
        }
    }

    private static void PushChildren(Stack<Step> pending, INode parent, SegmentKind kind)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push(new Step(children[i], kind, Entry: false));
        }
    }

    private void Element(IElement element, SegmentKind kind, Stack<Step> pending)
    {
        var name = element.LocalName;
        if (Hidden.Contains(name) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return;
        }

        if (name == "br")
        {
            current?.AddSpace();
            return;
        }

        if (name == "img")
        {
            if (element.GetAttribute("alt") is { Length: > 0 } alt)
            {
                var resume = current;
                AddAttribute(element, "alt", alt, SegmentKind.ImageAlt);
                current = resume;
            }

            return;
        }

        if (IsCitation(element))
        {
            (current ??= new TextSegmentBuilder(source, kind) { CitedThroughout = referenceEntryDepth > 0 }).AddCitation(!subtrees.SmallText(element)!.Contains('?', StringComparison.Ordinal));
            if (name == "sup")
            {
                return;
            }
        }

        if (Inline.Contains(name))
        {
            if (name == "a" && current is null && IsWholeBlock(element))
            {
                current = new TextSegmentBuilder(source, kind) { CitedThroughout = referenceEntryDepth > 0, LinkLabel = true };
            }

            PushChildren(pending, element, kind);
            return;
        }

        var entry = IsReferenceEntry(element);
        Flush();
        referenceEntryDepth += entry ? 1 : 0;
        pending.Push(new Step(null, kind, entry));
        PushChildren(pending, element, KindOf(name) ?? kind);
    }

    /// <summary>
    /// A reference-list entry: a list item, row or small block holding a cited work (a &lt;cite&gt; title, or a DOI or
    /// PubMed link). Its summary sentences describe that source, so they count as cited.
    /// </summary>
    private bool IsReferenceEntry(IElement element) =>
        element.LocalName is "li" or "dd" or "tr" or "article" or "div"
        && subtrees.TextLength(element) <= MaxReferenceEntry
        && subtrees.HoldsCitedWork(element);

    /// <summary>True when the link is all the text of the block it sits in ("&lt;li&gt;&lt;a&gt;How ketamine works&lt;/a&gt;&lt;/li&gt;"), separators aside.</summary>
    private bool IsWholeBlock(IElement link)
    {
        const int MaxLabel = 300;
        if (link.ParentElement is not { } block || Inline.Contains(block.LocalName) || subtrees.TextLength(block) > MaxLabel)
        {
            return false;
        }

        return Letters(block.TextContent).SequenceEqual(Letters(link.TextContent));

        static IEnumerable<char> Letters(string text) => text.Where(char.IsLetterOrDigit);
    }

    /// <summary>Numbered reference markers and links to DOI or PubMed records support the sentence they sit in.</summary>
    private bool IsCitation(IElement element)
    {
        if (element.LocalName == "sup")
        {
            var text = subtrees.SmallText(element)?.Trim().Trim('[', ']');
            return text is { Length: > 0 } && text.All(c => char.IsAsciiDigit(c) || c is ',' or '-' or '–' or ' ' or '?');
        }

        return HtmlSubtrees.IsCitationLink(element);
    }

    private static SegmentKind? KindOf(string name) => name switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => SegmentKind.Heading,
        "li" or "dt" or "dd" => SegmentKind.ListItem,
        "td" or "th" => SegmentKind.TableCell,
        "blockquote" => SegmentKind.Quote,
        "p" or "div" or "section" or "article" or "main" => SegmentKind.Paragraph,
        _ => null,
    };

    private void AddText(string data, SegmentKind kind)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            current?.AddSpace();
            return;
        }

        var offsets = aligner.Align(data);
        var builder = current ??= new TextSegmentBuilder(source, kind) { CitedThroughout = referenceEntryDepth > 0 };
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (char.IsWhiteSpace(c))
            {
                // Browsers collapse runs of white space into one space.
                if (builder.Length > 0 && i > 0 && !char.IsWhiteSpace(data[i - 1]))
                {
                    builder.Add(' ', offsets[i]);
                }
                else if (builder.Length > 0 && i == 0)
                {
                    builder.AddSpace();
                }

                continue;
            }

            builder.Add(c == '\u00A0' ? ' ' : c, offsets[i]);
        }
    }

    private void AddAttribute(IElement element, string name, string value, SegmentKind kind)
    {
        Flush();
        var tagStart = TagStart(element);
        var offsets = aligner.AlignAttribute(tagStart, name, value);
        var builder = new TextSegmentBuilder(source, kind);
        for (var i = 0; i < value.Length; i++)
        {
            builder.Add(value[i], offsets[i]);
        }

        current = builder;
        Flush();
    }

    /// <summary>The raw offset of the element's '&lt;'; AngleSharp counts positions from 1.</summary>
    private int TagStart(IElement element)
    {
        var position = element.SourceReference?.Position.Position ?? 0;
        var guess = Math.Clamp(position - 1, 0, Math.Max(source.Content.Length - 1, 0));
        var tag = source.Content.LastIndexOf('<', guess);
        return tag < 0 ? guess : tag;
    }

    private void Start(SegmentKind kind)
    {
        Flush();
        current = new TextSegmentBuilder(source, kind);
    }

    private void Flush()
    {
        if (current?.Build() is { } segment)
        {
            segments.Add(segment);
        }

        current = null;
    }

    /// <summary>One unit of the walk: a node to visit, or (Node null) the end of a block element.</summary>
    private readonly record struct Step(INode? Node, SegmentKind Kind, bool Entry);
}
