using System.Text;

namespace Clinic.Content.Lint.Text;

/// <summary>Builds a <see cref="TextSegment"/> piece by piece, keeping each character's file offset.</summary>
public sealed class TextSegmentBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<int> offsets = [];
    private readonly List<CitationMark> citations = [];

    /// <summary>A builder for a segment of <paramref name="kind"/> from <paramref name="source"/>.</summary>
    public TextSegmentBuilder(SourceText source, SegmentKind kind)
    {
        Source = source;
        Kind = kind;
    }

    /// <summary>The file the text comes from.</summary>
    public SourceText Source { get; }

    /// <summary>Where the text sits on the page.</summary>
    public SegmentKind Kind { get; }

    /// <summary>How many characters have been added so far.</summary>
    public int Length => text.Length;

    /// <summary>Set when the text is part of a reference-list entry (it describes the source it sits beside).</summary>
    public bool CitedThroughout { get; set; }

    /// <summary>Set when the whole text is one link's label (see <see cref="TextSegment.IsLinkLabel"/>).</summary>
    public bool LinkLabel { get; set; }

    /// <summary>Adds text whose characters sit one after another in the file from <paramref name="offset"/>.</summary>
    public void Append(string value, int offset)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            Add(value[i], offset + i);
        }
    }

    /// <summary>Adds one character read from <paramref name="offset"/>.</summary>
    public void Add(char c, int offset)
    {
        text.Append(c);
        offsets.Add(offset);
    }

    /// <summary>Adds a separator the reader sees but the file does not have (e.g. between two table cells).</summary>
    public void AddSpace()
    {
        if (text.Length > 0 && text[^1] != ' ')
        {
            Add(' ', offsets[^1]);
        }
    }

    /// <summary>Marks a citation at the current position; <paramref name="resolves"/> says whether its keys name known references.</summary>
    public void AddCitation(bool resolves, IReadOnlyList<string>? keys = null) => citations.Add(new CitationMark(text.Length, resolves, keys));

    /// <summary>The finished segment, or null when it holds no readable text.</summary>
    public TextSegment? Build()
    {
        var value = text.ToString();
        return string.IsNullOrWhiteSpace(value) ? null : new TextSegment(Source, Kind, value, [.. offsets], [.. citations], CitedThroughout) { IsLinkLabel = LinkLabel };
    }
}
