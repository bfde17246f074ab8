using Markdig.Syntax.Inlines;

namespace Clinic.Content.Markdown;

/// <summary>A citation in Markdown: <c>[@key]</c> or <c>[@key1; @key2]</c>.</summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The keys, in the order written.</summary>
    public IReadOnlyList<CitationKey> Keys { get; init; } = [];
}
