namespace Clinic.Content.Lint.Text;

/// <summary>One sentence of a segment: the unit every claim rule judges.</summary>
/// <param name="Segment">The segment it belongs to.</param>
/// <param name="Start">Index of its first character in the segment text.</param>
/// <param name="End">Index just after its last character.</param>
/// <param name="HasCitation">True when the sentence carries a citation that resolves.</param>
public sealed record Sentence(TextSegment Segment, int Start, int End, bool HasCitation)
{
    /// <summary>The sentence's text.</summary>
    public string Text => Segment.Text[Start..End];

    /// <summary>The reference keys the sentence cites ("[@li2010]"), for rules that check what the evidence is.</summary>
    public IReadOnlyList<string> CitedKeys { get; init; } = [];
}
