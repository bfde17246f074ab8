namespace Clinic.Web.Search;

/// <summary>One thing a reader can find: an article, an FAQ answer, a glossary term or a study in the research library.</summary>
/// <param name="Path">Where it is on the site, with its anchor when it is part of a page.</param>
/// <param name="Kind">What it is, in the reader's words ("Article", "Question").</param>
/// <param name="Title">Its title or question.</param>
/// <param name="Summary">A short description, shown when nothing in the body matches.</param>
/// <param name="Body">
/// Its words as a reader sees them, made when asked: once to index them, then only for the hits whose snippet is shown,
/// so the index does not keep a second copy of every page's text.
/// </param>
public sealed record SearchDocument(string Path, string Kind, string Title, string Summary, Func<string> Body);
