namespace Clinic.Web.Search;

/// <summary>One search result, best first.</summary>
/// <param name="Path">Where it is on the site.</param>
/// <param name="Kind">What it is, in the reader's words.</param>
/// <param name="Title">Its title or question.</param>
/// <param name="SnippetHtml">Escaped text with the matching words in <c>&lt;mark&gt;</c>; safe to write as HTML.</param>
public sealed record SearchHit(string Path, string Kind, string Title, string SnippetHtml);
