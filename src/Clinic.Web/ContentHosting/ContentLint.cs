using Clinic.Content;
using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Pages;
using Clinic.Content.Workspace;
using Clinic.Web.LintCaching;

namespace Clinic.Web.ContentHosting;

/// <summary>
/// Runs the claim linter over the content folder with the reviewers' rules from that folder. Each page's findings are
/// kept under a key of everything they depend on (<see cref="LintCacheKeys"/>), so a rebuild lints only the pages whose
/// inputs changed; with <see cref="ContentOptions.LintCache"/> set, the findings outlive the process, and a restart on
/// unchanged content lints nothing and does not even compile the rules.
/// </summary>
internal sealed class ContentLint(TimeProvider clock, ContentOptions options, ILoggerFactory loggers) : IContentLint
{
    private readonly Lock gate = new();
    private readonly ILogger logger = loggers.CreateLogger("Clinic.Web.Content");
    private readonly LintCacheFile? file = string.IsNullOrWhiteSpace(options.LintCache)
        ? null
        : new LintCacheFile(options.LintCache, loggers.CreateLogger("Clinic.Web.Content"));

    private LintCacheContents known = new();
    private Task<Prepared>? prepared;
    private bool preparedOnce;
    private bool fileRead;
    private string? rulesText;
    private RulesInUse rules = new(null, null);

    /// <summary>
    /// Reads the cache file, and compiles the rules file when the cache cannot spare that, on a pool thread while the
    /// caller loads the content: the two were the first load's serial steps.
    /// </summary>
    public void Prepare(ContentWorkspace workspace)
    {
        lock (gate)
        {
            if (!preparedOnce)
            {
                preparedOnce = true;
                prepared = Task.Run(() => PrepareRules(workspace));
            }
        }
    }

    /// <summary>Lints <paramref name="snapshot"/>, reusing the findings of every page whose inputs are unchanged.</summary>
    public ContentFindings Run(ContentSnapshot snapshot)
    {
        lock (gate)
        {
            // Every text compared here is the one the snapshot read: a rebuild opens each file once.
            var root = snapshot.Root;
            var currentRules = snapshot.TextOf(Path.Combine(root, ContentWorkspace.RulesFileName));
            var early = TakePrepared();
            var lintOptions = new LintOptions
            {
                Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                // Findings name files relative to the folder above content/, as staff see them: content/articles/x.md.
                WorkingDirectory = Path.GetDirectoryName(root) ?? root,
                // The site is where editors work: an edit after sign-off is a warning here; CI's lint makes it an error.
                ReviewChangesAreWarnings = true,
            };
            var pages = Pages(snapshot);
            var keys = LintCacheKeys.For(snapshot, pages, currentRules, lintOptions);
            var missing = pages.Where(p => !known.Findings.ContainsKey(keys.Pages[Path.GetFullPath(p.SourcePath)])).ToList();
            var remember = true;
            var found = new Dictionary<string, Finding[]>(StringComparer.Ordinal);
            string? problem;
            if (missing.Count == 0 && known.Findings.ContainsKey(keys.Others) && known.Rules.TryGetValue(keys.Context, out var knownProblem))
            {
                // Everything is known: the rules are not even compiled.
                problem = knownProblem;
            }
            else
            {
                if (rules.Rules is null || currentRules != rulesText)
                {
                    rules = early is { Rules: { } compiled } && early.Text == currentRules ? new RulesInUse(compiled, null) : WorkspaceRules.For(snapshot);
                    rulesText = currentRules;
                }

                if (rules.Rules is not { } ruleSet)
                {
                    return ContentFindings.Unchecked(snapshot, rules.Problem ?? "No claim rules could be loaded, so no page was checked.");
                }

                problem = rules.Problem;
                found = new CacheMisses(new ClaimLinter(ruleSet, lintOptions), snapshot, pages, keys).Lint(missing, known.Findings.ContainsKey(keys.Others), out remember);
            }

            if (file is not null)
            {
                LintCacheLog.Reused(logger, pages.Count - missing.Count, pages.Count, file.Path);
            }

            return Remember(keys, found, remember, problem, lintOptions.WorkingDirectory);
        }
    }

    /// <summary>The findings of this run, which become all that is remembered (and stored, when anything changed).</summary>
    private ContentFindings Remember(LintCacheKeys keys, Dictionary<string, Finding[]> found, bool remember, string? problem, string workingDirectory)
    {
        var current = new LintCacheContents();
        current.Rules[keys.Context] = problem;
        var all = new List<(string Path, Finding Finding)>();
        foreach (var key in keys.Pages.Values.Append(keys.Others))
        {
            var findings = found.TryGetValue(key, out var fresh) ? fresh : known.Findings[key];
            all.AddRange(findings.Select(f => (Path.GetFullPath(Path.Combine(workingDirectory, f.File)), f)));
            if ((remember || fresh is null) && !findings.Any(LintFailure.Is))
            {
                // A page that could not be checked (too slow, unreadable) is tried again next time, never remembered.
                current.Findings[key] = findings;
            }
        }

        var changed = found.Count > 0 || current.Findings.Count != known.Findings.Count || current.Rules.Count != known.Rules.Count
            || !known.Rules.ContainsKey(keys.Context);
        known = current;
        if (changed)
        {
            file?.Save(current);
        }

        return new ContentFindings(all, problem);
    }

    /// <summary>What <see cref="Prepare"/> read, or (without it: tests, a later rebuild) the cache file read now.</summary>
    private Prepared? TakePrepared()
    {
        var early = prepared?.GetAwaiter().GetResult();
        prepared = null;
        if (!fileRead && file is not null)
        {
            known = early?.Cached ?? file.Load();
        }

        fileRead = true;

        return early;
    }

    private Prepared PrepareRules(ContentWorkspace workspace)
    {
        var cached = file?.Load();
        if (cached is { Findings.Count: > 0 })
        {
            return new Prepared(cached, null, null); // most likely nothing needs linting
        }

        try
        {
            if (workspace.RulesFile is not { } path)
            {
                return new Prepared(cached, null, RuleSetLoader.LoadBuiltIn());
            }

            var text = workspace.Reader.ReadText(path, workspace.Limits.MaxReferencesBytes, new DiagnosticBag(path));
            return new Prepared(cached, text, text is null ? null : RuleSetLoader.Parse(workspace.Display(path), text));
        }
        catch (RuleSetException)
        {
            return new Prepared(cached, null, null); // compiled again from the snapshot's text, which reports the problem
        }
    }

    /// <summary>The snapshot's pages: every article, and the FAQ.</summary>
    private static List<ContentPage> Pages(ContentSnapshot snapshot) =>
        [.. snapshot.Faq is { } faq ? snapshot.Articles.Append<ContentPage>(faq) : snapshot.Articles];

    /// <summary>What was read while the content loaded: the cache file, and the rules compiled from the text read then.</summary>
    private sealed record Prepared(LintCacheContents? Cached, string? Text, RuleSet? Rules);
}
