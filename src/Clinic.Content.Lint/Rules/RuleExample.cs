namespace Clinic.Content.Lint.Rules;

/// <summary>A documented example: text that must break the rule, and a compliant version that must not.</summary>
/// <param name="Fails">Text the rule must flag.</param>
/// <param name="Passes">Text the rule must leave alone.</param>
/// <param name="In">How the text is linted: fragment (Markdown), page, site-page, article or references.</param>
public sealed record RuleExample(string Fails, string Passes, string In = RuleExample.Fragment)
{
    /// <summary>Linted as a Markdown fragment.</summary>
    public const string Fragment = "fragment";
    /// <summary>Linted as a whole page.</summary>
    public const string Page = "page";
    /// <summary>Linted as a site page.</summary>
    public const string SitePage = "site-page";
    /// <summary>Linted as an article.</summary>
    public const string Article = "article";
    /// <summary>Linted as the references file.</summary>
    public const string References = "references";

    /// <summary>Every place an example may be linted as.</summary>
    public static IReadOnlyList<string> Places { get; } = [Fragment, Page, SitePage, Article, References];
}
