namespace Clinic.Content.Lint.Reports;

/// <summary>Words to mark in a rendered page: the finding's text, where it starts in the source file, and the mark's id.</summary>
/// <param name="Id">The id the mark gets, which the problem list links to (e.g. "problem-3").</param>
/// <param name="Text">The offending words as the finding quotes them.</param>
/// <param name="Line">1-based line of the words in the source file.</param>
/// <param name="Column">1-based column of the words in the source file.</param>
/// <param name="Severity">error, warning or info: the mark's colour.</param>
/// <param name="Title">A short tooltip: the rule and its message.</param>
public sealed record MarkTarget(string Id, string Text, int Line, int Column, string Severity, string Title);
