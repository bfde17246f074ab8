using Clinic.Content.Lint.Findings;
using Clinic.Content.Diagnostics;
using Clinic.Web.Pages;
using Clinic.Web.Pages.Articles;

namespace Clinic.Web.ContentHosting;

/// <summary>What the preview's problems banner lists for a page: its content diagnostics, then its claim-lint findings.</summary>
internal static class ProblemBanner
{
    public static IReadOnlyList<ProblemItem> For(SitePageModel page, FindingsStore store)
    {
        var snapshot = page.Snapshot;
        var findings = store.Of(snapshot);

        // A page's file is judged as last read, even when an earlier version of the page is what is shown
        // (a save caught half-way): the editor needs to see what is wrong with the file now.
        IReadOnlyList<ContentDiagnostic> FileDiagnostics(string path) => snapshot.Diagnostics.Where(d => d.Path == path).ToList();
        var (diagnostics, shown) = page switch
        {
            ArticleModel { Article: { } article } => (FileDiagnostics(article.SourcePath), findings.In(article.SourcePath).Select(f => (Path: article.SourcePath, Finding: f))),
            FaqModel { Faq: { } faq } => (FileDiagnostics(faq.SourcePath), findings.In(faq.SourcePath).Select(f => (Path: faq.SourcePath, Finding: f))),
            IndexModel => (page.Problems, findings.All),
            _ => (page.Problems, []),
        };

        var items = diagnostics
            .Select(d => new ProblemItem($"{page.DisplayPathOf(d.Path)}:{d.Line}:{d.Column}", d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, d.Hint))
            .ToList();

        // The linter repeats some content problems (an unknown citation) at the same spot; list each of those once.
        var diagnosed = diagnostics.Select(d => (d.Path, d.Line, d.Column)).ToHashSet();
        foreach (var (path, f) in shown)
        {
            // "Not checked" is always listed: a load problem at the same spot does not say that the claims went unchecked.
            if (!ContentFindings.IsContentCode(f.RuleId) && (LintFailure.Is(f) || !diagnosed.Contains((path, f.Span.Line, f.Span.Column))))
            {
                items.Add(new ProblemItem($"{page.DisplayPathOf(path)}:{f.Span.Line}:{f.Span.Column}",
                    f.Severity.ToString().ToLowerInvariant(), f.RuleId, f.Message, f.Fix));
            }
        }

        if (findings.Problem is { } problem && findings.NothingChecked)
        {
            // Every page is unchecked, so every page says so, not only the home page.
            items.Add(new ProblemItem(ContentLint.RulesFile, "error", LintFailure.RuleId, problem,
                "Nothing on this site is checked until the linter runs again: the public site keeps serving the last checked version of each page."));
        }
        else if (findings.Problem is { } rulesProblem && page is IndexModel)
        {
            items.Add(new ProblemItem(ContentLint.RulesFile, "error", "rules", rulesProblem, "Fix the rules file at the place named; until then the built-in rules apply."));
        }

        return items;
    }
}
