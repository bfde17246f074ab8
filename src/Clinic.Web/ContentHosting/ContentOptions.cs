using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>How this instance of the site treats content: where it lives and what readers may see.</summary>
/// <param name="Root">Full path of the content folder.</param>
/// <param name="Policy">Which pages are shown.</param>
/// <param name="ShowProblems">Show content problems in a banner (Development) instead of only logging them.</param>
public sealed record ContentOptions(string Root, PublicationPolicy Policy, bool ShowProblems);
