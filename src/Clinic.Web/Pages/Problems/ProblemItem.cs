namespace Clinic.Web.Pages.Problems;

/// <summary>One line of the preview's problems banner: one finding (a content problem or a claim rule), or the linter's own trouble.</summary>
/// <param name="File">The file as staff know it: <c>content/articles/x.md</c>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Code">CC… for content problems, CL… for claim-linter rules.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
/// <param name="Text">The offending words, when the problem is in the text (empty for whole-page problems).</param>
public sealed record ProblemItem(string File, int Line, int Column, string Severity, string Code, string Message, string Fix, string Text)
{
    /// <summary>File, line and column as one string: <c>content/articles/x.md:12:5</c>.</summary>
    public string Location => $"{File}:{Line}:{Column}";

    /// <summary>The id of this problem's mark in the page (set when its words were found and marked).</summary>
    public string? MarkId { get; init; }
}
