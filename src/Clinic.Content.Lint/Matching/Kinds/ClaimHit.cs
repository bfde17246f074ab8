namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>A claim found in a sentence: its span in the normalised text, the words that made it a claim, and what would make it compliant.</summary>
internal sealed record ClaimHit(int Start, int Length, IReadOnlyList<string> Triggers, IReadOnlyList<string> Remedies)
{
    public int End => Start + Length;

    public bool Overlaps(ClaimHit other) => Start < other.End && other.Start < End;
}
