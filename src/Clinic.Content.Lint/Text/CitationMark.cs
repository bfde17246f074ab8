namespace Clinic.Content.Lint.Text;

/// <summary>A citation found in a segment, at a character index of the segment's text.</summary>
/// <param name="Index">Where the citation sits in the segment text (it belongs to the sentence around or before it).</param>
/// <param name="Resolves">True when the citation points to a real source (a known key, or a loose-page citation).</param>
/// <param name="Keys">The reference keys it cites (Markdown "[@key]"), for evidence-aware rules; empty on loose pages.</param>
public readonly record struct CitationMark(int Index, bool Resolves, IReadOnlyList<string>? Keys = null);
