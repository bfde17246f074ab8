namespace Clinic.Content.Lint.Findings;

/// <summary>What kind of problem a finding is, as docs/content-guide.md explains each to editors.</summary>
public enum FindingKind
{
    /// <summary>A health claim a reviewers' rule forbids or wants cited.</summary>
    Claim,

    /// <summary>A citation or reference is broken.</summary>
    Citation,

    /// <summary>A required notice (disclaimer, crisis notice) is missing.</summary>
    Disclaimer,

    /// <summary>The clinical review is missing, overdue or out of date.</summary>
    Review,

    /// <summary>The page is too hard to read.</summary>
    Readability,

    /// <summary>The content model could not read something as written (front matter, YAML, file names, safety).</summary>
    Content,

    /// <summary>A file the linter could not check at all.</summary>
    NotChecked,
}
