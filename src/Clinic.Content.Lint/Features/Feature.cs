using System.Buffers;
using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Features;

/// <summary>One reviewer-owned word list from claim-rules.yaml (e.g. hedge, booster), compiled to one expression.</summary>
public sealed record Feature
{
    public required string Name { get; init; }

    /// <summary>What the list stands for, as docs/claim-rules.md explains it.</summary>
    public required string About { get; init; }

    /// <summary>For lists that make a sentence compliant: how a finding tells the writer to use it ("add a hedge such as 'may'").</summary>
    public string? Remedy { get; init; }

    /// <summary>The words and phrases as reviewers wrote them (for docs and stats).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    public required Regex Pattern { get; init; }

    /// <summary>
    /// For lists of words only: the first word of every entry. A sentence without any of them cannot match, so the
    /// expression never runs on it (most sentences contain no booster, hype or first-person word at all).
    /// </summary>
    public SearchValues<string>? FirstWords { get; init; }

    /// <summary>Sentences the list must match and must not match; a test checks every one.</summary>
    public IReadOnlyList<string> Matches { get; init; } = [];

    public IReadOnlyList<string> Ignores { get; init; } = [];
}
