using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Clinic.Content.Markdown;

/// <summary>
/// A care card in Markdown: <c>::: urgent</c>, <c>::: important</c> or <c>::: info</c>, a heading line, the text, and <c>:::</c>.
/// </summary>
public sealed class CareCard(BlockParser parser) : CustomContainer(parser)
{
    /// <summary>The kinds, as authors write them after <c>:::</c>.</summary>
    public static IReadOnlyDictionary<string, CareCardKind> Kinds { get; } = new Dictionary<string, CareCardKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["urgent"] = CareCardKind.Urgent,
        ["important"] = CareCardKind.Important,
        ["info"] = CareCardKind.Info,
    };

    /// <summary>Which kind of card this is, from its info string; unknown names give <see cref="CareCardKind.Unknown"/>.</summary>
    public CareCardKind Kind => Info is { } info && Kinds.TryGetValue(info.Trim(), out var kind) ? kind : CareCardKind.Unknown;

    /// <summary>The card's heading: the first thing inside it, when that is a heading line.</summary>
    public HeadingBlock? Heading => Count > 0 ? this[0] as HeadingBlock : null;
}
