namespace Clinic.Content.References;

/// <summary>A reference as a page cites it: its number on that page (by order of first use) and how many times the text cites it.</summary>
public sealed record CitedReference(int Number, Reference Reference)
{
    /// <summary>How many places in the text cite it; each has the anchor <see cref="ReferenceAnchors.OfUse"/> for the list to link back to.</summary>
    public int Uses { get; init; } = 1;
}
