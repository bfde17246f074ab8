namespace Clinic.Content.Pages;

/// <summary>A section of a page: a level-2 heading with its id, kept so the contents list never needs the syntax tree.</summary>
/// <param name="Id">The heading's id (the link target).</param>
/// <param name="Title">The heading's text.</param>
public sealed record PageSection(string Id, string Title);
