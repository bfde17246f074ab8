using Clinic.Content;
using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Checks;
using Clinic.Content.Lint.Extraction;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Text;
using Clinic.Content.Pages;
using Clinic.Content.References;
using Clinic.Content.Workspace;

namespace Clinic.Content.Lint.Linting;

/// <summary>Lints a content folder through the content model: pages with front matter, the reference library, and load problems.</summary>
internal sealed class ContentLinter
{
    private readonly ClaimLinter linter;
    private readonly DocumentLinter documents;
    private readonly LintRun run;

    public ContentLinter(ClaimLinter linter, DocumentLinter documents, LintRun run)
    {
        this.linter = linter;
        this.documents = documents;
        this.run = run;
    }

    /// <summary>
    /// Lints the pages of <paramref name="snapshot"/> from the text the snapshot read, so the findings belong to exactly
    /// what is served and no page file is read a second time.
    /// </summary>
    public void Lint(ContentSnapshot snapshot, IReadOnlyCollection<string>? only)
    {
        var root = snapshot.Root;
        var rules = linter.Rules;
        bool Selected(string path) => only is null || only.Contains(Path.GetFullPath(path), StringComparer.Ordinal);
        bool Known(string key) => snapshot.FindReference(key) is not null;

        var pages = snapshot.Articles.Cast<ContentPage>().Append(snapshot.Faq).OfType<ContentPage>().ToList();
        run.ForEach(pages.Where(p => Selected(p.SourcePath)).ToList(), p => p.SourcePath, (page, pageRun) => LintPage(root, page, page is Articles.Article, Known, snapshot.FindReference, pageRun));

        // Files the content model could not read as pages (no front matter...) still get their claims checked.
        // Files the loader refused for safety or size are reported by its diagnostics and never read twice; their claims
        // are unchecked, so each is also a "not checked" failure (CL000): the run must not pass them as clean.
        var refused = snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Code is DiagnosticCodes.RefusedFile
                or DiagnosticCodes.TooLarge or DiagnosticCodes.Encoding or DiagnosticCodes.TooDeep or DiagnosticCodes.TooSlow)
            .Select(d => d.Path).Distinct(StringComparer.Ordinal).Where(Selected).ToList();
        foreach (var path in refused)
        {
            run.Findings.Add(new Finding(run.Options.Display(path), SourceRange.FileStart, LintFailure.RuleId, LintFailure.Category, FindingSeverity.Error,
                "The file was refused before its claims could be checked (see the CC finding on it), so it is not checked.",
                "Fix the problem the other finding names; the file is checked once it can be read.", string.Empty));
        }

        // Files the content model read but could not read as pages (no front matter, a name that is not an address)
        // still get their claims checked, from the text the snapshot read.
        foreach (var (path, text) in snapshot.UnreadPages().Where(p => Selected(p.Key)))
        {
            run.Isolate(path, () => LintText(path, text, Linting.DocumentKind.Markdown, Known));
        }

        // Glossary definitions appear beside terms on every page, so their claims are judged like page text.
        if (snapshot.Glossary.SourcePath is { } glossary && Selected(glossary) && snapshot.TextOf(glossary) is { } definitions)
        {
            LintText(glossary, definitions, Linting.DocumentKind.PlainText, Known);
        }

        ContentDiagnosticMapper.Map(rules, snapshot.Diagnostics.Where(d => Selected(d.Path) || (only is null)), run.Options.Display, run.Findings);
        if (only is null)
        {
            // The keys each page kept at load (the same as its tree's citations): walking every syntax tree again
            // was serial work at the end of the site's start-up lint.
            var cited = pages.SelectMany(p => p.CitedKeys).ToHashSet(StringComparer.OrdinalIgnoreCase);
            CitationCheck.RunOnLibrary(rules, snapshot.References, cited, run.Options.Display, run.Findings);
        }
    }

    private void LintText(string path, string text, DocumentKind kind, Func<string, bool> known)
    {
        run.FilesLinted++;
        var source = new SourceText(run.Options.Display(path), text);
        linter.LintLoose(source, source.Path, kind, isPage: false, sitePage: false, run, known);
    }

    private void LintPage(string root, ContentPage page, bool isArticle, Func<string, bool> known, Func<string, Reference?> library, LintRun pageRun)
    {
        pageRun.FilesLinted++;
        var source = new SourceText(pageRun.Options.Display(page.SourcePath), page.Text);

        var file = source.Path;
        var findings = new List<Finding>();
        var body = MarkdownExtractor.Extract(source, page.Document, known);
        var segments = FrontMatterExtractor.Extract(source, page.FrontMatter).Concat(body).ToList();
        documents.JudgeClaims(segments, file, looseCitations: false, findings, library);
        ReviewCheck.Run(linter.Rules, page, file, pageRun.Options.Today, findings);
        SignOffCheck.Run(linter.Rules, root, page, source.Content, file, pageRun.Options, findings);
        CitationCheck.RunOnPage(linter.Rules, page, file, findings);
        DiagramTextCheck.Run(linter.Rules, page, file, findings);
        if (isArticle)
        {
            ReadabilityCheck.Run(linter.Rules, body, file, findings);
        }

        pageRun.Suppressions.AddRange(documents.ApplySuppressions(source, file, findings, pageRun.Hidden));
        pageRun.Findings.AddRange(findings);
    }
}
