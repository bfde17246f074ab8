namespace Clinic.Web.ContentHosting;

/// <summary>One line of the preview's problems banner: a content diagnostic or a lint finding.</summary>
/// <param name="Location">File, line and column as staff know them: <c>content/articles/x.md:12:5</c>.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Code">CC… for content problems, CL… for claim-linter rules.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record ProblemItem(string Location, string Severity, string Code, string Message, string Fix);
