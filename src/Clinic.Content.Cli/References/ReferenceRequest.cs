namespace Clinic.Content.Cli.References;

/// <summary>What one <c>new reference</c> invocation asked for.</summary>
internal sealed record ReferenceRequest(string? Doi, string? Pmid, string? Key, string? CrossrefUrl, string? EUtilitiesUrl, string? ContentPath);
