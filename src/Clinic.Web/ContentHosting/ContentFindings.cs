using Clinic.Content;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Publishing;

namespace Clinic.Web.ContentHosting;

/// <summary>What the claim linter found in one snapshot's files, keyed by each file's full path, and its verdict for publication.</summary>
internal sealed class ContentFindings
{
    private readonly ILookup<string, Finding> byPath;

    public ContentFindings(IEnumerable<(string Path, Finding Finding)> findings, string? problem = null)
        : this(findings.ToList(), problem, verdict: null)
    {
    }

    private ContentFindings(List<(string Path, Finding Finding)> findings, string? problem, LintVerdict? verdict)
    {
        All = findings;
        byPath = All.ToLookup(f => f.Path, f => f.Finding, StringComparer.Ordinal);
        Problem = problem;
        Verdict = verdict ?? FindingWeights.Verdict(All);
    }

    /// <summary>Nothing found, or nothing linted yet.</summary>
    public static ContentFindings None { get; } = new([]);

    /// <summary>Every finding with the full path of its file.</summary>
    public IReadOnlyList<(string Path, Finding Finding)> All { get; }

    /// <summary>Why the linter could not run as configured (a broken rules file), or null.</summary>
    public string? Problem { get; }

    /// <summary>What the findings mean for publication; <see cref="Clinic.Content.PublicationPolicy"/> decides with it.</summary>
    public LintVerdict Verdict { get; }

    /// <summary>
    /// The result of a lint run that failed as a whole (<paramref name="problem"/> says why): the content model's own
    /// problems of <paramref name="snapshot"/> are still listed, but no page is checked, so none may be published as new.
    /// </summary>
    public static ContentFindings Unchecked(ContentSnapshot snapshot, string problem) => new(ContentProblems(snapshot), problem, LintVerdict.Unchecked);

    /// <summary>The content model's own problems of <paramref name="snapshot"/>, before (or without) a lint run.</summary>
    public static ContentFindings ProblemsOf(ContentSnapshot snapshot) => new(ContentProblems(snapshot));

    private static List<(string Path, Finding Finding)> ContentProblems(ContentSnapshot snapshot) =>
        snapshot.Diagnostics.Select(d => (d.Path, ContentProblem.Of(d, snapshot.Display(d.Path)))).ToList();

    /// <summary>The findings in one file.</summary>
    public IEnumerable<Finding> In(string path) => byPath[path];
}
