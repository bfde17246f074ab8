namespace Clinic.Content.Glossary;

/// <summary>One entry of content/glossary.yaml: a word patients meet on the site, explained plainly.</summary>
public sealed record GlossaryTerm
{
    /// <summary>The term as the glossary lists it, e.g. "NMDA receptor".</summary>
    public required string Term { get; init; }

    /// <summary>The anchor on /glossary, e.g. "nmda-receptor".</summary>
    public required string Id { get; init; }

    /// <summary>Other ways pages write it (plurals, brand names, short forms); linked and searched like the term.</summary>
    public IReadOnlyList<string> AlsoKnownAs { get; init; } = [];

    /// <summary>What an abbreviation stands for, e.g. "N-methyl-D-aspartate".</summary>
    public string? StandsFor { get; init; }

    /// <summary>The plain-language definition (linted like any page text).</summary>
    public required string Definition { get; init; }

    /// <summary>A reference key from references.yaml that backs the definition.</summary>
    public string? Reference { get; init; }

    /// <summary>1-based line of the entry's definition in glossary.yaml.</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the entry's definition in glossary.yaml.</summary>
    public int Column { get; init; }

    /// <summary>The term and every other form of it.</summary>
    public IEnumerable<string> Forms => AlsoKnownAs.Prepend(Term);
}
