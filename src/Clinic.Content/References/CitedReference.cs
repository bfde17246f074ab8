namespace Clinic.Content.References;

/// <summary>A reference as a page cites it: its number on that page (by order of first use).</summary>
public sealed record CitedReference(int Number, Reference Reference);
