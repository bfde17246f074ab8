namespace Clinic.Content.Publishing;

/// <summary>A snapshot for the public site, and the files whose new version was held back in favour of the last good one.</summary>
/// <param name="Snapshot">What to serve.</param>
/// <param name="Retained">Full paths of files whose last good version is served instead of the broken new one.</param>
/// <param name="Withheld">Full paths of broken pages that had no good version to fall back on, so they are not served.</param>
public sealed record RetainedSnapshot(ContentSnapshot Snapshot, IReadOnlyList<string> Retained, IReadOnlyList<string> Withheld);
