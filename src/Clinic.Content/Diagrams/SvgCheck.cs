using System.Xml;
using Clinic.Content.Diagnostics;

namespace Clinic.Content.Diagrams;

/// <summary>
/// Lets a diagram through only when it is an SVG a browser can show safely and a screen reader can describe:
/// parsed as XML (no DTDs, no entities), with a title and a description, and with no script, no event
/// attributes and no reference to anything outside the file.
/// </summary>
internal static class SvgCheck
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private static readonly string[] ForbiddenElements = ["script", "foreignObject", "iframe", "embed", "object", "audio", "video"];
    private static readonly string[] ReferenceAttributes = ["href", "src"];

    /// <summary>True when the diagram may be served; otherwise reports the first problem and returns false.</summary>
    public static bool IsSafe(byte[] svg, DiagnosticBag bag)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = svg.Length * 2L,
        };
        var (hasTitle, hasDesc) = (false, false);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), settings);
            var info = (IXmlLineInfo)reader;
            var rootSeen = false;
            while (reader.Read())
            {
                var at = new SourcePosition(Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition));
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (!rootSeen)
                    {
                        rootSeen = true;
                        if (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
                        {
                            return Refuse(bag, at, "The file is not an SVG drawing (its first element is not <svg xmlns=\"http://www.w3.org/2000/svg\">).",
                                "Export the diagram as SVG from your drawing tool.");
                        }
                    }
                    else if (reader.Depth == 1)
                    {
                        hasTitle |= reader.LocalName == "title";
                        hasDesc |= reader.LocalName == "desc";
                    }

                    if (ForbiddenElements.Contains(reader.LocalName, StringComparer.OrdinalIgnoreCase))
                    {
                        return Refuse(bag, at, $"The diagram contains a <{reader.LocalName}> element, which could run code or load other content.",
                            $"Remove the <{reader.LocalName}> element; diagrams must be plain drawings.");
                    }

                    if (UnsafeAttribute(reader) is { } problem)
                    {
                        return Refuse(bag, at, problem, "Remove the attribute; diagrams may only link to parts of themselves (#id).");
                    }
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && reader.Value.Contains("@import", StringComparison.OrdinalIgnoreCase)
                    || reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && HasExternalUrl(reader.Value))
                {
                    return Refuse(bag, at, "The diagram's styles load something from outside the file.",
                        "Remove @import and url(...) pointing elsewhere; embed colours and shapes directly.");
                }
            }
        }
        catch (XmlException ex)
        {
            return Refuse(bag, new SourcePosition(Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition)),
                $"The diagram is not valid SVG: {ex.Message}", "Export the diagram again from your drawing tool as plain SVG.");
        }

        if (!hasTitle || !hasDesc)
        {
            return Refuse(bag, SourcePosition.Start,
                $"The diagram has no {(hasTitle ? "<desc>" : "<title>")}, so screen-reader users cannot know what it shows.",
                "Add <title>Short name</title> and <desc>What the drawing shows, in words</desc> right inside <svg>.");
        }

        return true;
    }

    private static string? UnsafeAttribute(XmlReader reader)
    {
        for (var ok = reader.MoveToFirstAttribute(); ok; ok = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"The attribute {reader.Name} would run code when the diagram is shown.";
            }

            if (ReferenceAttributes.Contains(name, StringComparer.OrdinalIgnoreCase) && !reader.Value.TrimStart().StartsWith('#'))
            {
                return $"The attribute {reader.Name}=\"{Shorten(reader.Value)}\" points outside the diagram.";
            }

            if (HasExternalUrl(reader.Value))
            {
                return $"The attribute {reader.Name} loads something from outside the diagram.";
            }
        }

        reader.MoveToElement();
        return null;
    }

    /// <summary>True when CSS-style text has a url(...) that is not a same-file #fragment.</summary>
    private static bool HasExternalUrl(string text)
    {
        for (var at = text.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var rest = text.AsSpan(at + 4).TrimStart().TrimStart("'\"").TrimStart();
            if (!rest.StartsWith("#"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Refuse(DiagnosticBag bag, SourcePosition at, string message, string hint)
    {
        bag.Error(at, DiagnosticCodes.UnsafeDiagram, message + " It is not served.", hint);
        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
