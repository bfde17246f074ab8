using System.Globalization;
using Clinic.Content;
using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Pages;
using Clinic.Content.Reviews;
using Clinic.Content.Workspace;
using Clinic.Web.Performance;

namespace Clinic.Web.LintCaching;

/// <summary>
/// What a page's findings are a function of, as one hash per page, and one for the findings that belong to no page
/// (the research library, the glossary, files that could not be read as pages). Any input that differs gives a
/// different key, so a cached finding is only ever reused for exactly the inputs it was found in.
/// </summary>
internal sealed class LintCacheKeys
{
    /// <summary>Changes when the meaning of a key or of a stored entry changes.</summary>
    private const string Version = "clinic-lint-cache/1";

    private LintCacheKeys(string context, IReadOnlyDictionary<string, string> pages, string others)
    {
        Context = context;
        Pages = pages;
        Others = others;
    }

    /// <summary>Everything every page shares: linter build, rules, shared files, limits and options.</summary>
    public string Context { get; }

    /// <summary>Each page's key, by the page's full path.</summary>
    public IReadOnlyDictionary<string, string> Pages { get; }

    /// <summary>The key of the findings that belong to no page.</summary>
    public string Others { get; }

    /// <summary>
    /// The keys of <paramref name="pages"/> in <paramref name="snapshot"/> linted with <paramref name="options"/> and the rules
    /// file text <paramref name="rulesText"/> (null: the built-in rules, which are part of the linter build).
    /// </summary>
    public static LintCacheKeys For(ContentSnapshot snapshot, IReadOnlyList<ContentPage> pages, string? rulesText, LintOptions options)
    {
        var context = new Fingerprint().Add(Version).Add(rulesText);
        foreach (var assembly in LinterBuild)
        {
            context.Add(assembly.ManifestModule.ModuleVersionId.ToString("N"));
        }

        // Findings name files relative to the folder above content/, so a cache warmed in one checkout serves another.
        context.Add(options.Display(snapshot.Root)).Add(options.Limits.ToString())
            .Add(options.ReviewChangesAreWarnings ? "review-changes-warn" : "review-changes-rule").Add(options.SitePages ? "site" : "content")
            .Add(options.MaxFindingsPerFile.ToString(CultureInfo.InvariantCulture)).Add(options.MaxFindingsPerRun.ToString(CultureInfo.InvariantCulture));
        foreach (var shared in new ContentWorkspace(snapshot.Root).SharedFiles)
        {
            context.Add(options.Display(shared)).Add(snapshot.TextOf(shared));
        }

        var contextKey = context.Finish();
        var diagnostics = snapshot.Diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var key = new Fingerprint().Add(contextKey).Add(options.Display(page.SourcePath)).Add(page.Text)
                .Add(DueDate(page, options.Today)).Add(SignedCopy(snapshot.Root, page));
            AddDiagnostics(key, diagnostics[page.SourcePath], options);
            keys[Path.GetFullPath(page.SourcePath)] = key.Finish();
        }

        var others = new Fingerprint().Add(contextKey);
        AddDiagnostics(others, snapshot.Diagnostics, options);
        foreach (var (path, text) in snapshot.UnreadPages())
        {
            others.Add(options.Display(path)).Add(text);
        }

        // The library check reports studies no page cites.
        foreach (var key in CitedKeys(pages).Order(StringComparer.OrdinalIgnoreCase))
        {
            others.Add(key.ToUpperInvariant());
        }

        return new LintCacheKeys(contextKey, keys, others.Finish());
    }

    /// <summary>Every citation key the pages use, resolved or not (the library check's input).</summary>
    public static HashSet<string> CitedKeys(IEnumerable<ContentPage> pages) =>
        pages.SelectMany(p => p.CitedKeys).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The assemblies whose code decides the findings; a rebuilt linter starts a new cache.</summary>
    private static readonly System.Reflection.Assembly[] LinterBuild =
        [typeof(ClaimLinter).Assembly, typeof(ContentSnapshot).Assembly, typeof(LintCacheKeys).Assembly];

    /// <summary>
    /// The date's part in a page's findings. The review check (<c>Clinic.Content.Lint.Checks.ReviewCheck</c>) is the
    /// one date-dependent check: it reports a next review that has passed, with the number of days. Until that date a
    /// page's findings do not depend on the day, so a cache warmed when an image is built still serves later starts;
    /// from that day on, the key is the day itself.
    /// </summary>
    private static string DueDate(ContentPage page, DateOnly today) =>
        page.FrontMatter.NextReview is { } due && due < today
            ? "overdue on " + today.ToString("O", CultureInfo.InvariantCulture)
            : "not due before " + (page.FrontMatter.NextReview?.ToString("O", CultureInfo.InvariantCulture) ?? "never");

    /// <summary>The signed-off copy the page is compared with when it changed after sign-off (content/reviews/...).</summary>
    private static string? SignedCopy(string root, ContentPage page)
    {
        if (page.FrontMatter.ReviewHash is null)
        {
            return null;
        }

        var copy = ReviewSignature.SignedCopyPath(root, page.SourcePath);
        try
        {
            return File.Exists(copy) ? File.ReadAllText(copy) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: the linter will say so in its own words; a key nobody else has keeps it from being reused.
            return "unreadable " + Guid.NewGuid().ToString("N");
        }
    }

    private static void AddDiagnostics(Fingerprint print, IEnumerable<ContentDiagnostic> diagnostics, LintOptions options)
    {
        foreach (var d in diagnostics)
        {
            print.Add(d.Path.Length == 0 ? string.Empty : options.Display(d.Path)).Add(d.Line.ToString(CultureInfo.InvariantCulture))
                .Add(d.Column.ToString(CultureInfo.InvariantCulture)).Add(d.Severity.ToString()).Add(d.Code).Add(d.Message).Add(d.Hint).Add(d.Field);
        }
    }
}
