namespace Clinic.Content.Cli.References;

/// <summary>A study's bibliographic facts as Crossref or PubMed give them, before the editor adds kind, population and summary.</summary>
internal sealed record StudyRecord
{
    /// <summary>Authors in the library's style: "Autry AE, Adachi M, ..." (family name and initials).</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>The study's title as the registry lists it.</summary>
    public required string Title { get; init; }

    /// <summary>The journal that published the study, if the registry gives one.</summary>
    public string? Journal { get; init; }

    /// <summary>The year of publication, if known.</summary>
    public int? Year { get; init; }

    /// <summary>The journal volume, if known.</summary>
    public string? Volume { get; init; }

    /// <summary>The journal issue, if known.</summary>
    public string? Issue { get; init; }

    /// <summary>The page range, if known.</summary>
    public string? Pages { get; init; }

    /// <summary>The study's DOI, if it has one.</summary>
    public string? Doi { get; init; }

    /// <summary>The study's PubMed id, if it has one.</summary>
    public string? Pmid { get; init; }
}
