namespace Clinic.Content.Markdown;

/// <summary>One key inside a citation, such as <c>li2010</c> in <c>[@li2010; @autry2011]</c>, with its file position.</summary>
/// <param name="Key">The reference key, without the @.</param>
/// <param name="Line">1-based line of the @.</param>
/// <param name="Column">1-based column of the @.</param>
/// <param name="IsWellFormed">False when the text is not a valid key (it is then never resolved).</param>
public sealed record CitationKey(string Key, int Line, int Column, bool IsWellFormed);
