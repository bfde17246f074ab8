namespace Clinic.Content.Lint.Features;

/// <summary>
/// When a predicate rule fires: every <see cref="All"/> feature and at least one <see cref="Any"/> feature is asserted
/// (not negated) in one clause, and no <see cref="None"/> feature occurs anywhere in the sentence.
/// </summary>
public sealed record Predicate(IReadOnlyList<string> All, IReadOnlyList<string> Any, IReadOnlyList<string> None, bool SameClause)
{
    /// <summary>Every word list this predicate names, so a rules file naming an unknown one is rejected.</summary>
    public IEnumerable<string> Features => All.Concat(Any).Concat(None);
}
