using Clinic.Content.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Markdown;

/// <summary>
/// Keeps Markdown nesting within a limit, as Markdig's maintainers advise (markdig#500): a linear scan of the text
/// before parsing, because deeply indented lists and runs of '[' make the parser slow, and a walk of the parsed
/// document before rendering, because the renderers (Markdig's and ours) recurse once per level.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>Each level of a list adds two document levels (list, item) and a paragraph sits inside.</summary>
    private const int DocumentLevelsPerNesting = 3;

    /// <summary>The line of the first place the text nests deeper than <paramref name="maxNesting"/>, judged from the raw text.</summary>
    public static int? FirstTooDeepLine(string text, int maxNesting)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var brackets = 0;
        var blank = true;
        var i = 0;
        while (i < text.Length)
        {
            var (depth, contentStart) = ContainerDepth(text, i);
            blank = contentStart >= text.Length || text[contentStart] is '\n' or '\r';
            if (depth > maxNesting)
            {
                return line;
            }

            if (blank)
            {
                // Link brackets never span a blank line.
                brackets = 0;
            }

            var j = contentStart;
            for (; j < text.Length && text[j] != '\n'; j++)
            {
                switch (text[j])
                {
                    case '\\':
                        j++;
                        break;
                    case '[':
                        if (++brackets > maxNesting)
                        {
                            return line;
                        }

                        break;
                    case ']':
                        brackets = Math.Max(0, brackets - 1);
                        break;
                }
            }

            i = j + 1;
            line++;
        }

        return null;
    }

    /// <summary>The first node of <paramref name="document"/> nested too deeply to render safely, or null.</summary>
    /// <remarks>Walks with its own stack, so the check itself cannot overflow.</remarks>
    public static MarkdownObject? FirstTooDeepNode(MarkdownDocument document, int maxNesting)
    {
        ArgumentNullException.ThrowIfNull(document);
        var limit = maxNesting * DocumentLevelsPerNesting;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > limit)
            {
                return item.Node;
            }

            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Reports <see cref="DiagnosticCodes.TooDeep"/> at <paramref name="line"/>.</summary>
    internal static void Report(DiagnosticBag bag, int line, int maxNesting) =>
        bag.Error(new SourcePosition(line, 1), DiagnosticCodes.TooDeep,
            $"The Markdown nests lists, quotes, emphasis or links more than {maxNesting} levels deep here, so the page is not loaded.",
            "Flatten the structure: use at most a few levels of indented lists or '>' quotes, and close every '[' with ']'.");

    /// <summary>How many lists and quotes a line opens, counting indentation as nesting, and where its text starts.</summary>
    private static (int Depth, int ContentStart) ContainerDepth(string text, int start)
    {
        var markers = 0;
        var indent = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                indent++;
                i++;
            }
            else if (c == '\t')
            {
                indent += 4;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] is ' ' or '\t')
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(text, i) is { } end)
            {
                markers++;
                i = end;
            }
            else
            {
                break;
            }
        }

        // Two columns of indentation are one level of list nesting in practice.
        return (markers + (indent / 2), i);
    }

    private static int? OrderedMarkerEnd(string text, int i)
    {
        var digits = 0;
        while (i + digits < text.Length && digits < 10 && char.IsAsciiDigit(text[i + digits]))
        {
            digits++;
        }

        var after = i + digits;
        return after + 1 < text.Length && text[after] is '.' or ')' && text[after + 1] is ' ' or '\t' ? after + 1 : null;
    }
}
