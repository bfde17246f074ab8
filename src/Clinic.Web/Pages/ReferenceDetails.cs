using Clinic.Content.References;

namespace Clinic.Web.Pages;

/// <summary>What the reference-details partial shows: the reference, and whether to repeat its title (not under its own heading).</summary>
public sealed record ReferenceDetails(Reference Reference, bool WithTitle = true);
