namespace Clinic.Content.Site;

/// <summary>How readers reach the clinic.</summary>
public sealed record ContactDetails(string? Phone, string? Email, string? Address, string? Hours);
