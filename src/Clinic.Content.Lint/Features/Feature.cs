using System.Buffers;
using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Features;

/// <summary>One reviewer-owned word list from claim-rules.yaml (e.g. hedge, booster), compiled to one expression.</summary>
public sealed record Feature
{
    /// <summary>The name rules use to refer to this word list.</summary>
    public required string Name { get; init; }

    /// <summary>What the list stands for, as docs/claim-rules.md explains it.</summary>
    public required string About { get; init; }

    /// <summary>For lists that make a sentence compliant: how a finding tells the writer to use it ("add a hedge such as 'may'").</summary>
    public string? Remedy { get; init; }

    /// <summary>The words and phrases as reviewers wrote them (for docs and stats).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    private readonly Regex? pattern;

    /// <summary>The compiled pattern that finds the list's words in a sentence (from <see cref="Compiled"/> on first use when set).</summary>
    public Regex Pattern
    {
        get => pattern ?? Compiled?.Value ?? throw new InvalidOperationException($"feature '{Name}' has no pattern");
        init => pattern = value;
    }

    /// <summary>
    /// For lists read from a rules file: <see cref="Pattern"/>, compiled the first time it is asked for. Most runs never
    /// ask (the word trie and the narrowed expressions answer), and parsing the long word alternations of every list was
    /// most of reading the features.
    /// </summary>
    public Lazy<Regex>? Compiled { get; init; }

    /// <summary>
    /// The expressions <see cref="Pattern"/> joins, in order (its 'patterns:', then the words as one expression), so a
    /// sentence can be matched with only the ones whose required words it contains (<see cref="Matching.RulePrefilter"/>).
    /// </summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>
    /// True when the list is only words (no 'patterns:'), so <see cref="WordLookup"/> tags it together with every other
    /// such list in one pass, and <see cref="Pattern"/> serves page-level checks and docs.
    /// </summary>
    public bool WordsOnly { get; init; }

    /// <summary>
    /// For lists with patterns: words the sentence must contain ('requires:' and the list's own words), so the
    /// expression never runs on a sentence without any of them.
    /// </summary>
    public SearchValues<string>? FirstWords { get; init; }

    /// <summary>The words <see cref="FirstWords"/> searches for (empty when it is null), for the prefilter's one pass.</summary>
    public IReadOnlyList<string> RequiredWords { get; init; } = [];

    /// <summary>
    /// How many different entries of the list must occur, asserted, in the sentence before it counts as present (1 for an
    /// ordinary list). A count feature says how broad a sentence is: one treatment offered for a long list of named
    /// conditions, where any one name alone is an ordinary sentence.
    /// </summary>
    public int AtLeast { get; init; } = 1;

    /// <summary>Sentences the list must match; a test checks every one.</summary>
    public IReadOnlyList<string> Matches { get; init; } = [];

    /// <summary>Sentences the list must not match; a test checks every one.</summary>
    public IReadOnlyList<string> Ignores { get; init; } = [];
}
