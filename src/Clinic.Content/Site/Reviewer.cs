using System.Text.RegularExpressions;

namespace Clinic.Content.Site;

/// <summary>A clinician who signs pages off, as site.yaml lists them and the /reviewers page shows them.</summary>
/// <param name="Name">Their name as bylines write it, e.g. "Dr Jane Doe".</param>
/// <param name="Credentials">Degrees and board certification, e.g. "MD, board-certified psychiatrist".</param>
/// <param name="Role">Their job at the clinic, if given.</param>
/// <param name="Profile">A short profile: experience and what they check.</param>
public sealed partial record Reviewer(string Name, string Credentials, string? Role, string Profile)
{
    /// <summary>The anchor of their entry on /reviewers, e.g. "dr-jane-doe".</summary>
    public string Anchor => string.Join('-', NonWord().Split(Name.ToLowerInvariant()).Where(w => w.Length > 0));

    /// <summary>True when <paramref name="byline"/> ("Dr Jane Doe, MD, Psychiatrist") names this reviewer.</summary>
    public bool Names(string byline)
    {
        ArgumentNullException.ThrowIfNull(byline);
        var trimmed = byline.Trim();
        return trimmed.StartsWith(Name, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == Name.Length || !char.IsLetterOrDigit(trimmed[Name.Length]));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
