using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Linting;

/// <summary>The rules a run uses, and why the configured rules file could not be used (null when it was).</summary>
/// <param name="Rules">The rules to lint with; null only when the built-in rules are broken too.</param>
/// <param name="Problem">What is wrong with the configured file, naming its line; null when there is nothing wrong.</param>
public sealed record RulesInUse(RuleSet? Rules, string? Problem);
