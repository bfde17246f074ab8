namespace Clinic.Content.Lint.Features;

/// <summary>
/// When a predicate rule fires: every <see cref="All"/> feature and at least one <see cref="Any"/> feature is asserted
/// (not negated) in one clause, and no <see cref="None"/> feature occurs anywhere in the sentence.
/// </summary>
/// <remarks>
/// With <see cref="Question"/>, the rule judges an answer: the sentence must follow a question (the sentence before it,
/// or the last sentence of the segment before it, such as an FAQ heading) in which one of these features is asserted,
/// so "Is it addictive? Not at all." carries the question's claim into its answer.
/// </remarks>
public sealed record Predicate(IReadOnlyList<string> All, IReadOnlyList<string> Any, IReadOnlyList<string> None, bool SameClause)
{
    /// <summary>For answer rules: features one of which the question before the sentence must assert; empty for every other rule.</summary>
    public IReadOnlyList<string> Question { get; init; } = [];

    /// <summary>
    /// True when the rule also judges a sentence that distances itself with a word such as "myth" or "overblown": for a
    /// rule whose feature is a harm called a myth ("urinary problems are a myth"), that word is the claim, not a caveat.
    /// </summary>
    public bool ReadsDistanced { get; init; }

    /// <summary>Every word list this predicate names, so a rules file naming an unknown one is rejected.</summary>
    public IEnumerable<string> Features => All.Concat(Any).Concat(None).Concat(Question);
}
