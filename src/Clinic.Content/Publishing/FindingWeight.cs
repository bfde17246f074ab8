namespace Clinic.Content.Publishing;

/// <summary>What a linter finding means for publication; the linter says which weight a finding has, publication what each weight does.</summary>
public enum FindingWeight
{
    /// <summary>A warning or a note: shown to editors, never holds a page back.</summary>
    Advice,

    /// <summary>An error in the review process or readability: it changes with the calendar or is advice to the writer, so it never takes a live page down.</summary>
    Process,

    /// <summary>An error in what readers are told (a claim, a citation, a missing notice): the page must not reach readers.</summary>
    ReaderFacing,

    /// <summary>The file could not be checked at all.</summary>
    NotChecked,
}
