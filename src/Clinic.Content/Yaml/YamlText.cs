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
            var at = ToFile(ex.Start, firstLine);
            bag.Error(at, DiagnosticCodes.YamlSyntax,
                $"The YAML cannot be read: {Describe(ex)}.",
                "Check the indentation and punctuation on this line. Values containing ': ' or starting with a quote, '[' or '{' need to be wrapped in double quotes.");
            return null;
        }
    }

    /// <summary>Maps a YamlDotNet mark (1-based within the YAML text) to a file position.</summary>
    public static SourcePosition ToFile(Mark mark, int firstLine) =>
        new((int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the position is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return message.TrimEnd('.').Trim();
    }
}
