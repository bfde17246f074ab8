using Clinic.Content.Diagnostics;

namespace Clinic.Content.Pages;

/// <summary>The YAML block at the top of an article or the FAQ.</summary>
public sealed record FrontMatter
{
    /// <summary>The page title.</summary>
    public string? Title { get; init; }

    /// <summary>One or two plain sentences; also the page's meta description.</summary>
    public string? Summary { get; init; }

    /// <summary>Who wrote the page.</summary>
    public string? Author { get; init; }

    /// <summary>The clinician who checked the page: a role plus credentials.</summary>
    public string? Reviewer { get; init; }

    /// <summary>When a clinician last reviewed the page.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>When the next medical review is due; defaults to 12 months after <see cref="Reviewed"/>.</summary>
    public DateOnly? NextReview { get; init; }

    /// <summary>The fingerprint of the text the reviewer signed off (<c>review-hash</c>), written by <c>clinic-content review sign</c>.</summary>
    public string? ReviewHash { get; init; }

    /// <summary>True when a clinician is named and a review date is set: the minimum for the public site.</summary>
    public bool IsSignedOff => !string.IsNullOrWhiteSpace(Reviewer) && Reviewed is not null;

    /// <summary>The topics the page belongs to.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>True while the page is not ready for readers.</summary>
    public bool Draft { get; init; }

    /// <summary>Position in lists; lower comes first, then by title.</summary>
    public int Order { get; init; } = FrontMatterReader.DefaultOrder;

    /// <summary>File positions of each field's value, keyed by field name.</summary>
    public IReadOnlyDictionary<string, SourcePosition> FieldPositions { get; init; } = new Dictionary<string, SourcePosition>();
}
