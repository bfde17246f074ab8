namespace Clinic.Content.Cli.References;

/// <summary>A study's bibliographic facts as Crossref or PubMed give them, before the editor adds kind, population and summary.</summary>
public sealed record StudyRecord
{
    /// <summary>Authors in the library's style: "Autry AE, Adachi M, ..." (family name and initials).</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    public required string Title { get; init; }

    public string? Journal { get; init; }

    public int? Year { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    public string? Pages { get; init; }

    public string? Doi { get; init; }

    public string? Pmid { get; init; }
}
