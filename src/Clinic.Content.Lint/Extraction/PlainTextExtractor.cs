using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Extraction;

/// <summary>Reads plain text (a web page saved as text) into segments: one per line, with hard-wrapped lines joined.</summary>
internal static class PlainTextExtractor
{
    private static readonly char[] Bullets = ['•', '·', '*', '-', '–', '—', '▪', '►', '✓', '✔'];

    /// <summary>The text of a plain-text file, as segments the rules check.</summary>
    public static IReadOnlyList<TextSegment> Extract(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [.. Enumerate(source)];
    }

    /// <summary>The segments one at a time, so a huge file's segments (six bytes a character) never sit in memory together.</summary>
    public static IEnumerable<TextSegment> Enumerate(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        TextSegmentBuilder? current = null;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var text = source.LineText(line);
            var offset = source.OffsetOf(line, 1);
            var content = text.Trim();
            if (content.Length == 0)
            {
                if (Flush(ref current) is { } paragraph)
                {
                    yield return paragraph;
                }

                continue;
            }

            var lead = text.Length - text.TrimStart().Length;
            var bullet = Bullets.Contains(content[0]) && content.Length > 1 && char.IsWhiteSpace(content[1]);
            var numbered = NumberedItem(content);
            if (bullet)
            {
                lead += 2;
            }
            else if (numbered > 0)
            {
                lead += numbered;
            }

            // A line that starts in lower case continues a hard-wrapped sentence from the line before.
            var continues = current is not null && !bullet && numbered == 0 && char.IsLower(content[0]);
            if (!continues)
            {
                if (Flush(ref current) is { } previous)
                {
                    yield return previous;
                }

                current = new TextSegmentBuilder(source, bullet || numbered > 0 ? SegmentKind.ListItem : SegmentKind.Paragraph);
            }
            else
            {
                current!.Add(' ', offset - 1);
            }

            current!.Append(text[lead..].TrimEnd(), offset + lead);
        }

        if (Flush(ref current) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The length of a "1. " or "2) " list marker, or 0.</summary>
    private static int NumberedItem(string content)
    {
        var digits = 0;
        while (digits < content.Length && digits < 3 && char.IsAsciiDigit(content[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < content.Length && content[digits] is '.' or ')' && content[digits + 1] == ' '
            && !char.IsAsciiDigit(content[digits + 1]) ? digits + 2 : 0;
    }

    private static TextSegment? Flush(ref TextSegmentBuilder? current)
    {
        var segment = current?.Build();
        current = null;
        return segment;
    }
}
