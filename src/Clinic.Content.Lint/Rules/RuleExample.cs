namespace Clinic.Content.Lint.Rules;

/// <summary>A documented example: text that must break the rule, and a compliant version that must not.</summary>
/// <param name="Fails">Text the rule must flag.</param>
/// <param name="Passes">Text the rule must leave alone.</param>
/// <param name="In">How the text is linted: fragment (Markdown), page, site-page, article or references.</param>
public sealed record RuleExample(string Fails, string Passes, string In = RuleExample.Fragment)
{
    public const string Fragment = "fragment";
    public const string Page = "page";
    public const string SitePage = "site-page";
    public const string Article = "article";
    public const string References = "references";

    public static IReadOnlyList<string> Places { get; } = [Fragment, Page, SitePage, Article, References];
}
