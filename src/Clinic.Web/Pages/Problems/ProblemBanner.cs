using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Pages;
using Clinic.Content.Workspace;
using Clinic.Web.ContentHosting;
using Clinic.Web.Pages.Articles;

namespace Clinic.Web.Pages.Problems;

/// <summary>
/// What the preview's problems banner lists for a page, sorted by place with each problem once, and the page body with
/// each problem's words marked so the list can link to them. Computed once per request.
/// </summary>
internal sealed class ProblemBanner
{
    private ProblemBanner(IReadOnlyList<ProblemItem> items, IReadOnlyList<string> fragments)
    {
        Items = items;
        Fragments = fragments;
    }

    public IReadOnlyList<ProblemItem> Items { get; }

    /// <summary>The page's body fragments with marks (the article body; the FAQ intro and answers), or empty when none.</summary>
    public IReadOnlyList<string> Fragments { get; }

    public static ProblemBanner For(SitePageModel page, FindingsStore store)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(store);
        if (page.HttpContext?.Items[typeof(ProblemBanner)] is ProblemBanner known)
        {
            return known;
        }

        var banner = Build(page, store);
        if (page.HttpContext is { } context)
        {
            context.Items[typeof(ProblemBanner)] = banner;
        }

        return banner;
    }

    private static ProblemBanner Build(SitePageModel page, FindingsStore store)
    {
        var snapshot = page.Snapshot;
        var findings = store.Of(snapshot);

        // One list: the content model's problems and the linter's findings are the same kind of thing, each once.
        // A page's file is judged as last read, even when an earlier version of the page is what is shown
        // (a save caught half-way): the editor needs to see what is wrong with the file now.
        var (content, shown) = page switch
        {
            ArticleModel { Article: { } article } => ((ContentPage?)article, findings.In(article.SourcePath).Select(f => (Path: article.SourcePath, Finding: f))),
            FaqModel { Faq: { } faq } => (faq, findings.In(faq.SourcePath).Select(f => (Path: faq.SourcePath, Finding: f))),
            IndexModel => (null, findings.All),
            _ => (null, []),
        };

        var given = shown.Select(s => new ProblemItem(page.DisplayPathOf(s.Path), s.Finding.Span.Line, s.Finding.Span.Column,
            FindingSeverities.Word(s.Finding.Severity), s.Finding.RuleId, s.Finding.Message, s.Finding.Fix, s.Finding.Text));
        var items = ProblemOrder.Arrange(given, i => (i.File, i.Line, i.Column))
            .Select((item, n) => item with { MarkId = item.Text.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $"problem-{n + 1}") : null })
            .ToList();

        if (findings.Problem is { } problem && findings.Verdict.NothingChecked)
        {
            // Every page is unchecked, so every page says so, not only the home page.
            items.Add(new ProblemItem(ContentWorkspace.RulesFileName, 1, 1, "error", LintFailure.RuleId, problem,
                "Nothing on this site is checked until the linter runs again: the public site keeps serving the last checked version of each page.", string.Empty));
        }
        else if (findings.Problem is { } rulesProblem && page is IndexModel)
        {
            items.Add(new ProblemItem(ContentWorkspace.RulesFileName, 1, 1, "error", "rules", rulesProblem,
                "Fix the rules file at the place named; until then the built-in rules apply.", string.Empty));
        }

        // Marks are placed in the text the snapshot read: a request never opens a content file.
        if (content is null || !items.Any(i => i.MarkId is not null))
        {
            return new ProblemBanner(items.Select(i => i with { MarkId = null }).ToList(), []);
        }

        var (fragments, marked) = ProblemMarks.Mark(ProblemMarks.BodyOf(content), content.Text,
            items.Where(i => i.MarkId is not null).Select(i => new MarkTarget(i.MarkId!, i.Text, i.Line, i.Column, i.Severity, $"{i.Code}: {i.Message}")));
        return new ProblemBanner(items.Select(i => i.MarkId is { } id && !marked.Contains(id) ? i with { MarkId = null } : i).ToList(), fragments);
    }
}
