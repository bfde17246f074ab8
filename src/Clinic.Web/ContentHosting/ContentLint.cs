using Clinic.Content;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Workspace;

namespace Clinic.Web.ContentHosting;

/// <summary>
/// Runs the claim linter over the content folder with the reviewers' rules from that folder. Between full runs it can
/// lint only the pages whose text changed, so that Production, which lints before it publishes, still shows a save at once.
/// </summary>
internal sealed class ContentLint(TimeProvider clock) : IContentLint
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Text, List<(string Path, Finding Finding)> Findings)> pages = new(StringComparer.Ordinal);
    private List<(string Path, Finding Finding)> others = [];
    private string? sharedText; // what the last full run saw outside the pages' own text
    private string? rulesText;
    private RulesInUse rules = new(null, null);

    /// <summary>Lints the folder of <paramref name="snapshot"/>; with <paramref name="incremental"/>, only the pages that changed.</summary>
    public ContentFindings Run(ContentSnapshot snapshot, bool incremental)
    {
        lock (gate)
        {
            // Every text compared here is the one the snapshot read: a rebuild opens each file once.
            var root = snapshot.Root;
            var currentRules = snapshot.TextOf(Path.Combine(root, ContentWorkspace.RulesFileName));
            if (rules.Rules is null || currentRules != rulesText)
            {
                rules = WorkspaceRules.For(snapshot);
                rulesText = currentRules;
                sharedText = null; // new rules: everything must be linted again
            }

            if (rules.Rules is not { } ruleSet)
            {
                return ContentFindings.Unchecked(snapshot, rules.Problem ?? "No claim rules could be loaded, so no page was checked.");
            }

            // Findings name files relative to the folder above content/, as staff see them: content/articles/x.md.
            var workingDirectory = Path.GetDirectoryName(root) ?? root;
            var linter = new ClaimLinter(ruleSet, new LintOptions
            {
                Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                WorkingDirectory = workingDirectory,
                // The site is where editors work: an edit after sign-off is a warning here; CI's lint makes it an error.
                ReviewChangesAreWarnings = true,
            });
            // The pages' text comes from the snapshot about to be served: each file is read once per rebuild, and the
            // findings belong to exactly that text.
            var texts = Pages(snapshot).ToDictionary(p => Path.GetFullPath(p.SourcePath), p => p.Text, StringComparer.Ordinal);
            var shared = NotPages(snapshot, texts);
            if (!incremental || shared != sharedText)
            {
                LintAll(linter, snapshot, workingDirectory, texts);
                sharedText = shared;
            }
            else
            {
                LintChanged(linter, snapshot, workingDirectory, texts);
            }

            return new ContentFindings(pages.Values.SelectMany(p => p.Findings).Concat(others), rules.Problem);
        }
    }

    private void LintAll(ClaimLinter linter, ContentSnapshot snapshot, string workingDirectory, Dictionary<string, string> texts)
    {
        var byFile = Located(linter.Lint(snapshot), workingDirectory).ToLookup(f => f.Path, StringComparer.Ordinal);
        pages.Clear();
        foreach (var (path, text) in texts)
        {
            pages[path] = (text, byFile[path].ToList());
        }

        others = byFile.Where(g => !texts.ContainsKey(g.Key)).SelectMany(g => g).ToList();
    }

    private void LintChanged(ClaimLinter linter, ContentSnapshot snapshot, string workingDirectory, Dictionary<string, string> texts)
    {
        foreach (var gone in pages.Keys.Where(p => !texts.ContainsKey(p)).ToList())
        {
            pages.Remove(gone);
        }

        var changed = texts.Where(t => !pages.TryGetValue(t.Key, out var known) || known.Text != t.Value).Select(t => t.Key).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var byFile = Located(linter.Lint(snapshot, changed), workingDirectory).ToLookup(f => f.Path, StringComparer.Ordinal);
        foreach (var path in changed)
        {
            pages[path] = (texts[path], byFile[path].ToList());
        }
    }

    private static IEnumerable<(string Path, Finding Finding)> Located(LintReport report, string workingDirectory) =>
        report.Findings.Select(f => (Path.GetFullPath(Path.Combine(workingDirectory, f.File)), f));

    /// <summary>
    /// Everything but the pages' own text: the files every page depends on (settings, library, glossary), Markdown files
    /// that could not be read as pages, and the problems of every other file (a diagram, a refused file). When any of it
    /// changes every page is judged again, so no finding outside the changed pages goes stale.
    /// </summary>
    private static string NotPages(ContentSnapshot snapshot, Dictionary<string, string> pages) => string.Join('\n',
        new ContentWorkspace(snapshot.Root).SharedFiles.Select(snapshot.TextOf)
            .Concat(snapshot.UnreadPages().Select(p => p.Key + "\n" + p.Value))
            .Concat(snapshot.Diagnostics.Where(d => !pages.ContainsKey(Path.GetFullPath(d.Path))).Select(d => d.ToString())));

    /// <summary>The snapshot's pages: every article, and the FAQ.</summary>
    private static IEnumerable<Clinic.Content.Pages.ContentPage> Pages(ContentSnapshot snapshot) =>
        snapshot.Faq is { } faq ? snapshot.Articles.Append<Clinic.Content.Pages.ContentPage>(faq) : snapshot.Articles;
}
