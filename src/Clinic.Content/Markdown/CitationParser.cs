using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Clinic.Content.Markdown;

/// <summary>Reads <c>[@key]</c> and <c>[@key1; @key2]</c> before Markdig tries to read them as links.</summary>
internal sealed partial class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var open = slice.Start;
        var close = text.IndexOf(']', open, slice.End - open + 1);
        var newline = text.IndexOf('\n', open, close < 0 ? slice.End - open + 1 : close - open);
        if (close < 0 || newline >= 0)
        {
            return false;
        }

        var keys = new List<CitationKey>();
        var position = open + 1;
        foreach (var part in text[(open + 1)..close].Split(';'))
        {
            var trimmed = part.TrimStart();
            var keyStart = position + (part.Length - trimmed.Length);
            processor.GetSourcePosition(keyStart, out var line, out var column);
            var key = trimmed.TrimEnd();
            var wellFormed = KeyPattern().IsMatch(key);
            keys.Add(new CitationKey(wellFormed ? key[1..] : key, line + 1, column + 1, wellFormed));
            position += part.Length + 1;
        }

        processor.GetSourcePosition(open, out var startLine, out var startColumn);
        processor.Inline = new CitationInline
        {
            Keys = keys,
            Span = new Markdig.Syntax.SourceSpan(open, close),
            Line = startLine,
            Column = startColumn,
        };
        slice.Start = close + 1;
        return true;
    }

    [GeneratedRegex(@"^@[A-Za-z0-9][A-Za-z0-9_:.\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
