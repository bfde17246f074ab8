namespace Clinic.Content.References;

/// <summary>One study or notice in the research library (content/references.yaml).</summary>
public sealed record Reference
{
    /// <summary>The key pages cite the reference by.</summary>
    public required string Key { get; init; }
    /// <summary>The authors, as they appear in the citation.</summary>
    public required string Authors { get; init; }
    /// <summary>The study's title.</summary>
    public required string Title { get; init; }
    /// <summary>The journal that published it, if any.</summary>
    public string? Journal { get; init; }
    /// <summary>The year of publication, if known.</summary>
    public int? Year { get; init; }
    /// <summary>The journal volume, if known.</summary>
    public string? Volume { get; init; }
    /// <summary>The journal issue, if known.</summary>
    public string? Issue { get; init; }
    /// <summary>The page range, if known.</summary>
    public string? Pages { get; init; }
    /// <summary>The DOI, which links readers to the study.</summary>
    public string? Doi { get; init; }
    /// <summary>The PubMed id, which links readers to the abstract.</summary>
    public string? Pmid { get; init; }
    /// <summary>A web address that passed the link allow-list; unsafe addresses never land here.</summary>
    public string? Url { get; init; }

    /// <summary>An address from the file that failed the link allow-list: shown as plain text, never as a link.</summary>
    public string? RefusedUrl { get; init; }

    /// <summary>What sort of evidence it is: trial, meta-analysis, review, animal study, regulatory notice…</summary>
    public required string Kind { get; init; }

    /// <summary>Who or what was studied: humans, animals, or not applicable.</summary>
    public string? Population { get; init; }

    /// <summary>True when the journal has retracted the paper; citing it is an error.</summary>
    public bool Retracted { get; init; }

    /// <summary>A plain-language paragraph on what it found and how strong the evidence is.</summary>
    public required string Summary { get; init; }

    /// <summary>The file the entry is in.</summary>
    public required string SourcePath { get; init; }

    /// <summary>1-based line of the entry.</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the entry.</summary>
    public int Column { get; init; }

    /// <summary>Positions of the entry's fields, for precise findings (e.g. a malformed DOI).</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourcePosition> FieldPositions { get; init; } =
        new Dictionary<string, Diagnostics.SourcePosition>();

    /// <summary>The DOI as a link, when there is one.</summary>
    public Uri? DoiLink => Doi is not null && Uri.TryCreate("https://doi.org/" + Doi, UriKind.Absolute, out var link) ? link : null;

    /// <summary>The PubMed record as a link, when there is a PMID.</summary>
    public Uri? PubMedLink => Pmid is not null && Uri.TryCreate($"https://pubmed.ncbi.nlm.nih.gov/{Uri.EscapeDataString(Pmid)}/", UriKind.Absolute, out var link) ? link : null;

    /// <summary>A short label such as "Li et al., 2010".</summary>
    public string ShortLabel
    {
        get
        {
            // "Li N" is a person (surname, then initials); "U.S. Food and Drug Administration" is an organisation, named whole.
            var first = Authors.Split(',', 2)[0].Trim();
            var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var surname = words.Length > 1 && words[^1].Length <= 3 && words[^1].All(char.IsUpper) ? string.Join(' ', words[..^1]) : first;
            var many = Authors.Contains(',', StringComparison.Ordinal);
            return Year is null ? surname : $"{surname}{(many ? " et al." : string.Empty)}, {Year}";
        }
    }
}
