namespace Clinic.Content.Lint.Features;

/// <summary>Where a feature's word occurs in a sentence, the clause it sits in, and whether a negation governs it.</summary>
public readonly record struct FeatureHit(int Start, int Length, int Clause, bool Negated)
{
    /// <summary>The offset just past the matched words.</summary>
    public int End => Start + Length;
}
