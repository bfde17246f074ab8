using Clinic.Content;
using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Web.ContentHosting;

/// <summary>
/// Runs the claim linter over the content folder with the reviewers' rules from that folder. Between full runs it can
/// lint only the pages whose text changed, so that Production, which lints before it publishes, still shows a save at once.
/// </summary>
internal sealed class ContentLint(TimeProvider clock) : IContentLint
{
    /// <summary>The reviewers' rules file, read from the content folder so that edits to it apply at once.</summary>
    public const string RulesFile = "claim-rules.yaml";

    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Text, List<(string Path, Finding Finding)> Findings)> pages = new(StringComparer.Ordinal);
    private List<(string Path, Finding Finding)> others = [];
    private string? sharedText;
    private string? rulesText;
    private (RuleSet? Rules, string? Problem) rules;

    /// <summary>Lints the folder of <paramref name="snapshot"/>; with <paramref name="incremental"/>, only the pages that changed.</summary>
    public ContentFindings Run(ContentSnapshot snapshot, bool incremental)
    {
        lock (gate)
        {
            var root = snapshot.Root;
            var currentRules = ReadOrNull(root, Path.Combine(root, RulesFile));
            if (rules.Rules is null || currentRules != rulesText)
            {
                rules = LoadRules(Path.Combine(root, RulesFile), currentRules);
                rulesText = currentRules;
                sharedText = null; // new rules: everything must be linted again
            }

            if (rules.Rules is not { } ruleSet)
            {
                return ContentFindings.Unchecked(rules.Problem ?? "No claim rules could be loaded, so no page was checked.");
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
            var shared = ReadOrNull(root, Path.Combine(root, "references.yaml")) + "\n" + ReadOrNull(root, Path.Combine(root, "site.yaml"));
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

    /// <summary>The snapshot's pages: every article, and the FAQ.</summary>
    private static IEnumerable<Clinic.Content.Pages.ContentPage> Pages(ContentSnapshot snapshot) =>
        snapshot.Faq is { } faq ? snapshot.Articles.Append<Clinic.Content.Pages.ContentPage>(faq) : snapshot.Articles;

    /// <summary>The file's text for change detection, read like all content: a FIFO or a link to /dev/zero must not block or fill memory.</summary>
    private static string? ReadOrNull(string root, string path) =>
        new ContentFileReader(root).ReadText(path, ContentLimits.Default.MaxReferencesBytes, new DiagnosticBag(path));

    private static (RuleSet? Rules, string? Problem) LoadRules(string path, string? text)
    {
        string? problem = null;
        if (text is not null)
        {
            try
            {
                return (RuleSetLoader.Parse(path, text), null);
            }
            catch (RuleSetException ex)
            {
                // A half-edited rules file must not switch the safety gate off: fall back to the rules built into the linter.
                problem = $"The claim rules file cannot be used, so the built-in rules apply: {ex.Message}";
            }
        }

        try
        {
            return (RuleSetLoader.LoadBuiltIn(), problem);
        }
        catch (RuleSetException ex)
        {
            return (null, $"{problem} The built-in rules cannot be used either: {ex.Message}".Trim());
        }
    }
}
