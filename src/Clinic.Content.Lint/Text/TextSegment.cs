namespace Clinic.Content.Lint.Text;

/// <summary>A run of readable text (a paragraph, heading, list item...) whose every character maps back to its file offset.</summary>
public sealed class TextSegment
{
    internal TextSegment(SourceText source, SegmentKind kind, string text, int[] offsets, IReadOnlyList<CitationMark> citations, bool citedThroughout = false)
    {
        CitedThroughout = citedThroughout;
        Source = source;
        Kind = kind;
        Text = text;
        Offsets = offsets;
        Citations = citations;
    }

    /// <summary>The file the text came from, to map offsets back to lines.</summary>
    public SourceText Source { get; }

    /// <summary>Where the text sits on the page.</summary>
    public SegmentKind Kind { get; }

    /// <summary>The text as a reader sees it (markup, code and citation keys removed).</summary>
    public string Text { get; }

    /// <summary>The file offset of each character of <see cref="Text"/>.</summary>
    public IReadOnlyList<int> Offsets { get; }

    /// <summary>True when the whole text is one link's label (a menu item, a breadcrumb, a page listed by its title): it names a page rather than asserting anything.</summary>
    public bool IsLinkLabel { get; init; }

    /// <summary>The citation markers in the text, by position, so a sentence knows its sources.</summary>
    public IReadOnlyList<CitationMark> Citations { get; }

    /// <summary>True when the whole segment sits in a reference-list entry, so every sentence is attributed to that source.</summary>
    public bool CitedThroughout { get; }

    /// <summary>The file span of the characters from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    public Findings.SourceRange SpanOf(int start, int end)
    {
        if (Text.Length == 0)
        {
            return Source.SpanOf(0, 0);
        }

        start = Math.Clamp(start, 0, Text.Length - 1);
        var last = Math.Clamp(end - 1, start, Text.Length - 1);
        return Source.SpanOf(Offsets[start], Offsets[last] + 1);
    }
}
