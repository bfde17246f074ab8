using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Tests.Support;

/// <summary>Shortcuts for linting text with the repository's rules.</summary>
internal static class Linted
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly Lazy<RuleSet> LazyRules = new(() => RuleSetLoader.Load(Repo.RulesFile));

    public static RuleSet Rules => LazyRules.Value;

    public static ClaimLinter Linter(bool sitePages = false) =>
        new(Rules, new LintOptions { Today = Today, SitePages = sitePages, WorkingDirectory = Repo.Root });

    /// <summary>Findings for a Markdown fragment (claims only).</summary>
    public static IReadOnlyList<Finding> Fragment(string markdown) =>
        Linter().LintText(markdown, "fragment.md", DocumentKind.Markdown).Findings;

    /// <summary>Findings for a loose plain-text page (claims and required content).</summary>
    public static IReadOnlyList<Finding> Page(string text, bool sitePage = false) =>
        Linter(sitePage).LintText(text, "page.txt", DocumentKind.PlainText, isPage: true).Findings;

    public static IReadOnlyList<string> RuleIds(this IEnumerable<Finding> findings) => findings.Select(f => f.RuleId).ToList();
}
