using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Tests.Support;

/// <summary>Lints an example the way its place says: a fragment, a loose page, a site page, an article or references.yaml.</summary>
internal static class ExampleLinter
{
    public static IReadOnlyList<Finding> Lint(string place, string text)
    {
        switch (place)
        {
            case RuleExample.Fragment:
                return Linted.Fragment(text);
            case RuleExample.Page:
                return Linted.Page(text);
            case RuleExample.SitePage:
                return Linted.Page(text, sitePage: true);
            case RuleExample.Article:
                {
                    using var content = TempContent.Minimal(TempContent.LibraryEntry);
                    content.WriteArticle("example", text);
                    return LintContent(content);
                }

            default:
                {
                    using var content = TempContent.Minimal(text);
                    content.WriteArticle("example", TempContent.FrontMatter() + "In rats, ketamine led to new synapses [@li2010].\n");
                    return LintContent(content);
                }
        }
    }

    private static IReadOnlyList<Finding> LintContent(TempContent content) =>
        new ClaimLinter(Linted.Rules, new LintOptions { Today = Linted.Today, WorkingDirectory = content.Root }).LintContent(content.Root).Findings;
}
