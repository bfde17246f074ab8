using Clinic.Content.Lint.Findings;

namespace Clinic.Web.LintCaching;

/// <summary>
/// What the lint cache remembers: findings by key (<see cref="LintCacheKeys"/>), and for each context (rules file and
/// linter build) whether its rules could be used, so a run that needs no linting needs no rules either.
/// </summary>
/// <param name="Findings">Each page's findings, and the findings of no page, by key.</param>
/// <param name="Rules">By context key: null when the rules file was used, else why the built-in rules applied.</param>
internal sealed record LintCacheContents(Dictionary<string, Finding[]> Findings, Dictionary<string, string?> Rules)
{
    /// <summary>Nothing remembered.</summary>
    public LintCacheContents()
        : this(new Dictionary<string, Finding[]>(StringComparer.Ordinal), new Dictionary<string, string?>(StringComparer.Ordinal))
    {
    }
}
