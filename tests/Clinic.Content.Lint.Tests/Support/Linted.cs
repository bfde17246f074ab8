using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Tests.Support;

/// <summary>Shortcuts for linting text with the repository's rules.</summary>
internal static class Linted
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly Lazy<RuleSet> LazyRules = new(() => RuleSetLoader.Load(Repo.RulesFile));

    // Building a linter compiles the whole rule set (prefilter, word tries, the reader); thousands of one-sentence lints
    // share the two a test can ask for. A linter holds no state between lints, so sharing cannot couple tests.
    private static readonly Lazy<ClaimLinter> FragmentLinter = new(() => Create(sitePages: false));

    private static readonly Lazy<ClaimLinter> SitePageLinter = new(() => Create(sitePages: true));

    public static RuleSet Rules => LazyRules.Value;

    public static ClaimLinter Linter(bool sitePages = false) => sitePages ? SitePageLinter.Value : FragmentLinter.Value;

    /// <summary>Findings for a Markdown fragment (claims only).</summary>
    public static IReadOnlyList<Finding> Fragment(string markdown) =>
        Linter().LintText(markdown, "fragment.md", DocumentKind.Markdown).Findings;

    /// <summary>Findings for a loose plain-text page (claims and required content).</summary>
    public static IReadOnlyList<Finding> Page(string text, bool sitePage = false) =>
        Linter(sitePage).LintText(text, "page.txt", DocumentKind.PlainText, isPage: true).Findings;

    private static ClaimLinter Create(bool sitePages) =>
        new(Rules, new LintOptions { Today = Today, SitePages = sitePages, WorkingDirectory = Repo.Root });

    public static IReadOnlyList<string> RuleIds(this IEnumerable<Finding> findings) => findings.Select(f => f.RuleId).ToList();
}
