using Clinic.Content;
using Clinic.Content.Lint.Checks;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Pages;
using Clinic.Content.Workspace;
using Clinic.Web.LintCaching;

namespace Clinic.Web.ContentHosting;

/// <summary>
/// Runs the claim linter over the content folder with the reviewers' rules from that folder. Each page's findings are
/// kept under a key of everything they depend on (<see cref="LintCacheKeys"/>), so a rebuild lints only the pages whose
/// inputs changed; with <see cref="ContentOptions.LintCache"/> set, the findings outlive the process, and a restart on
/// unchanged content lints nothing.
/// </summary>
internal sealed class ContentLint(TimeProvider clock, ContentOptions options, ILoggerFactory loggers) : IContentLint
{
    private readonly Lock gate = new();
    private readonly ILogger logger = loggers.CreateLogger("Clinic.Web.Content");
    private readonly LintCacheFile? file = string.IsNullOrWhiteSpace(options.LintCache)
        ? null
        : new LintCacheFile(options.LintCache, loggers.CreateLogger("Clinic.Web.Content"));

    private Dictionary<string, Finding[]> known = new(StringComparer.Ordinal);
    private bool fileRead;
    private string? rulesText;
    private RulesInUse rules = new(null, null);

    /// <summary>Lints <paramref name="snapshot"/>, reusing the findings of every page whose inputs are unchanged.</summary>
    /// <remarks>Whether the run is incremental follows from the keys; the parameter is kept for the interface's callers.</remarks>
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
            var pages = Pages(snapshot);
            var keys = LintCacheKeys.For(snapshot, pages, currentRules, linter);
            ReadFileOnce();

            var missing = pages.Where(p => !known.ContainsKey(keys.Pages[Path.GetFullPath(p.SourcePath)])).ToList();
            var remember = true;
            var found = missing.Count > 0 || !known.ContainsKey(keys.Others)
                ? Lint(linter, snapshot, pages, missing, keys, out remember)
                : [];
            if (file is not null)
            {
                LintCacheLog.Reused(logger, pages.Count - missing.Count, pages.Count, file.Path);
            }

            var current = new Dictionary<string, Finding[]>(StringComparer.Ordinal);
            var all = new List<(string Path, Finding Finding)>();
            foreach (var key in keys.Pages.Values.Append(keys.Others))
            {
                var findings = found.TryGetValue(key, out var fresh) ? fresh : known[key];
                all.AddRange(findings.Select(f => (Path.GetFullPath(Path.Combine(workingDirectory, f.File)), f)));
                if ((remember || fresh is null) && !findings.Any(LintFailure.Is))
                {
                    // A page that could not be checked (too slow, unreadable) is tried again next time, never remembered.
                    current[key] = findings;
                }
            }

            var changed = found.Count > 0 || current.Count != known.Count;
            known = current;
            if (changed)
            {
                file?.Save(current);
            }

            return new ContentFindings(all, rules.Problem);
        }
    }

    /// <summary>Lints what is not known: the <paramref name="missing"/> pages, and the findings of no page when their key is new.</summary>
    private Dictionary<string, Finding[]> Lint(
        ClaimLinter linter, ContentSnapshot snapshot, List<ContentPage> pages, List<ContentPage> missing, LintCacheKeys keys, out bool remember)
    {
        var othersMissing = !known.ContainsKey(keys.Others);
        var otherPaths = othersMissing ? OtherPaths(snapshot, pages) : [];
        var whole = otherPaths is null || (othersMissing && missing.Count == pages.Count);
        var only = whole ? null : missing.Select(p => Path.GetFullPath(p.SourcePath)).Concat(otherPaths!).ToHashSet(StringComparer.Ordinal);
        var report = linter.Lint(snapshot, only);
        var byPath = report.Findings.ToLookup(f => Path.GetFullPath(Path.Combine(linter.Options.WorkingDirectory, f.File)), StringComparer.Ordinal);

        var found = new Dictionary<string, Finding[]>(StringComparer.Ordinal);
        foreach (var page in whole ? pages : missing)
        {
            var path = Path.GetFullPath(page.SourcePath);
            found[keys.Pages[path]] = byPath[path].ToArray();
        }

        if (othersMissing)
        {
            var others = byPath.Where(g => !keys.Pages.ContainsKey(g.Key)).SelectMany(g => g).ToList();
            if (!whole)
            {
                // A run limited to some files leaves out the library check, which looks at every page's citations.
                CitationCheck.RunOnLibrary(linter.Rules, snapshot.References, LintCacheKeys.CitedKeys(pages), linter.Options.Display, others);
            }

            found[keys.Others] = [.. others];
        }

        // A run that stopped listing findings part-way kept only some of a page's findings: none of it is remembered.
        remember = report.Findings.Count < linter.Options.MaxFindingsPerRun;
        return found;
    }

    /// <summary>Every file a run limited to pages would leave out, or null when one cannot be named (then the whole folder is linted).</summary>
    private static List<string>? OtherPaths(ContentSnapshot snapshot, List<ContentPage> pages)
    {
        var pagePaths = pages.Select(p => Path.GetFullPath(p.SourcePath)).ToHashSet(StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var path in snapshot.Diagnostics.Select(d => d.Path).Concat(snapshot.UnreadPages().Select(p => p.Key)))
        {
            if (!Path.IsPathFullyQualified(path))
            {
                return null;
            }

            paths.Add(Path.GetFullPath(path));
        }

        if (snapshot.Glossary.SourcePath is { } glossary)
        {
            paths.Add(Path.GetFullPath(glossary));
        }

        return paths.Where(p => !pagePaths.Contains(p)).Distinct(StringComparer.Ordinal).ToList();
    }

    private void ReadFileOnce()
    {
        if (fileRead)
        {
            return;
        }

        fileRead = true;
        if (file is not null)
        {
            foreach (var (key, findings) in file.Load())
            {
                known.TryAdd(key, findings);
            }
        }
    }

    /// <summary>The snapshot's pages: every article, and the FAQ.</summary>
    private static List<ContentPage> Pages(ContentSnapshot snapshot) =>
        [.. snapshot.Faq is { } faq ? snapshot.Articles.Append<ContentPage>(faq) : snapshot.Articles];
}
