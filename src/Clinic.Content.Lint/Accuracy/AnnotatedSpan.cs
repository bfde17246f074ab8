namespace Clinic.Content.Lint.Accuracy;

/// <summary>
/// One annotation row: a claim (or page-level missing disclaimer) a reviewer struck, or a hard negative that must not
/// be flagged. <see cref="Start"/>/<see cref="End"/> locate the quote in the page body; <see cref="SentenceStart"/>/
/// <see cref="SentenceEnd"/> the sentence around it, which a finding must overlap to count. All are -1 when the quote
/// is not in the body or the row is page-level.
/// </summary>
public sealed record AnnotatedSpan(string File, string Quote, string Category, int Start, int End, int SentenceStart, int SentenceEnd)
{
    /// <summary>True for a row about the whole page (a missing disclaimer) rather than one quote.</summary>
    public bool IsPageLevel => Quote == "-";

    /// <summary>True when the quote was found in the page body.</summary>
    public bool Located => Start >= 0;
}
