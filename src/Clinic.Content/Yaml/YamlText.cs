using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Yaml;

/// <summary>Parses YAML text that starts at a known line of its file, keeping file-true positions.</summary>
internal static class YamlText
{
    /// <summary>Parses <paramref name="text"/>; on a syntax error reports CC001 and returns null.</summary>
    public static YamlNode? Parse(string text, int firstLine, DiagnosticBag bag, ContentLimits limits)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new BoundedParser(new Parser(new StringReader(text)), limits.MaxYamlDepth, limits.MaxYamlAliases));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlLimitException ex)
        {
            bag.Error(ToFile(ex.Start, firstLine), DiagnosticCodes.TooDeep,
                $"The YAML cannot be read safely: {ex.Message}.",
                "Content needs at most three levels (a list of references, each with its fields); remove the extra brackets, indentation or aliases.");
            return null;
        }
        catch (YamlException ex)
        {
            ReportSyntax(text, firstLine, bag, ex.Start, Describe(ex));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16's scanner throws this (not a YamlException) on some unclosed flow collections.
            ReportSyntax(text, firstLine, bag, null, "a '[' or '{' is never closed");
            return null;
        }
    }

    private static void ReportSyntax(string text, int firstLine, DiagnosticBag bag, Mark? error, string what)
    {
        // YamlDotNet notices an unclosed '[' or '{' only where the text ends; the editor needs the line it was opened on.
        var at = UnclosedFlowStart(text, error?.Index ?? text.Length) is { } open
            ? new SourcePosition(open.Line + firstLine - 1, open.Column)
            : error is { } mark ? ToFile(mark, firstLine) : new SourcePosition(firstLine, 1);
        bag.Error(at, DiagnosticCodes.YamlSyntax,
            $"The YAML cannot be read: {what}.",
            "Check the indentation and punctuation on this line. Values containing ': ' or starting with a quote, '[' or '{' need to be wrapped in double quotes.");
    }

    /// <summary>Maps a YamlDotNet mark (1-based within the YAML text) to a file position.</summary>
    public static SourcePosition ToFile(Mark mark, int firstLine) =>
        new((int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    /// <summary>The outermost '[' or '{' still open where the error was found, when the error is about a flow collection.</summary>
    private static (int Line, int Column)? UnclosedFlowStart(string text, long errorIndex)
    {
        var open = new Stack<(int Line, int Column)>();
        var (line, column) = (1, 1);
        var quote = '\0';
        var end = (int)Math.Clamp(errorIndex, 0, text.Length);
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && open.Count > 0)
            {
                quote = c;
            }
            else if (c is '[' or '{' && StartsFlow(text, i))
            {
                open.Push((line, column));
            }
            else if (c is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }

            (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
            if (c == '\n' && open.Count == 0)
            {
                quote = '\0';
            }
        }

        if (open.Count == 0)
        {
            return null;
        }

        var first = open.Reverse().First();
        return (first.Line, first.Column);
    }

    /// <summary>A bracket opens a flow collection only where a value starts (after ':', '-', ',' or another opener); elsewhere it is text.</summary>
    private static bool StartsFlow(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] is '\n' or ':' or '-' or ',' or '[' or '{' or '?';
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the position is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return message.TrimEnd('.').Trim();
    }
}
