namespace Clinic.Web.Pages.Reading;

/// <summary>One entry of a page's contents list: the heading's anchor and its words.</summary>
public sealed record Section(string Id, string Title);
