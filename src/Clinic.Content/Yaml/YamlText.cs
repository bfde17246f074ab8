using Clinic.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Yaml;

/// <summary>Parses YAML text that starts at a known line of its file, keeping file-true positions.</summary>
internal static class YamlText
{
    /// <summary>Parses <paramref name="text"/>; on a syntax error reports CC001 and returns null.</summary>
    public static YamlNode? Parse(string text, int firstLine, DiagnosticBag bag)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
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
