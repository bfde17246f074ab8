using Clinic.Content;
using Clinic.Content.Lint.Extraction;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;
using Clinic.Content.Markdown;
using Clinic.Content.Workspace;

namespace Clinic.Content.Lint.Linting;

/// <summary>The claim linter: lints the content folder, loose pages and rendered HTML against one rule set.</summary>
public sealed class ClaimLinter
{
    /// <summary>Segments judged as one unit of parallel work: large enough to be worth a thread, small enough to bound memory.</summary>
    private const int JudgedTogether = 256;

    /// <summary>Texts longer than this (about a 1 MB page) are judged on all cores; shorter ones are not worth the threads.</summary>
    private const int ParallelFromChars = 1 << 20;

    private readonly DocumentLinter documents;

    /// <summary>A linter checking pages against <paramref name="rules"/>.</summary>
    public ClaimLinter(RuleSet rules, LintOptions? options = null)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Options = options ?? new LintOptions();
        documents = new DocumentLinter(rules);
    }

    /// <summary>The rules every page is checked against.</summary>
    public RuleSet Rules { get; }

    /// <summary>The settings of this run, such as the date reviews are due against.</summary>
    public LintOptions Options { get; }

    /// <summary>Lints files and folders: a content folder as a whole, Markdown as fragments, .html/.txt as pages.</summary>
    public LintReport LintPaths(IEnumerable<string> paths) => Lint(LintInput.Open(paths, Options));

    /// <summary>As <see cref="LintPaths"/>, for paths opened (and their content folders loading) before this linter was built.</summary>
    public LintReport Lint(LintInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var run = new LintRun(Options);
        var named = input.Sorted;
        foreach (var missing in named.Missing)
        {
            run.Unreadable(missing, "The path does not exist.");
        }

        run.ForEach(named.Loose, path => path, LintFile);
        foreach (var (root, files) in named.ContentFolders)
        {
            run.Isolate(root, () => new ContentLinter(this, documents, run).Lint(input.Snapshot(root), files));
        }

        return run.ToReport(Rules);
    }

    /// <summary>
    /// Lints a loaded content snapshot (the one the site is about to serve): its pages from the text the snapshot read,
    /// its library and its load problems. With <paramref name="only"/> (full paths), just those pages.
    /// </summary>
    public LintReport Lint(ContentSnapshot snapshot, IReadOnlyCollection<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var run = new LintRun(Options);
        new ContentLinter(this, documents, run).Lint(snapshot, only);
        return run.ToReport(Rules);
    }

    /// <summary>Lints the whole content folder at <paramref name="contentRoot"/>.</summary>
    public LintReport LintContent(string contentRoot) => LintPaths([contentRoot]);

    /// <summary>Lints one page the site serves, as rendered HTML: its claims and its required content (disclaimer, crisis notice).</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="virtualPath">The page's address (e.g. /articles/how-ketamine-works), used as the finding's file.</param>
    public IReadOnlyList<Finding> LintRenderedPage(string html, string virtualPath)
    {
        var run = new LintRun(Options);
        LintLoose(new SourceText(virtualPath, html ?? string.Empty), virtualPath, DocumentKind.Html, isPage: true, sitePage: true, run);
        return run.ToReport(Rules).Findings;
    }

    /// <summary>Lints text that is not on disk (documented examples, editor buffers).</summary>
    public LintReport LintText(string text, string name, DocumentKind kind, bool isPage = false)
    {
        var run = new LintRun(Options) { FilesLinted = 1 };
        LintLoose(new SourceText(name, text ?? string.Empty), name, kind, isPage, Options.SitePages, run);
        return run.ToReport(Rules);
    }

    // Without a reference library (keyResolves null), a well-formed [@key] counts as a citation.
    internal void LintLoose(SourceText source, string file, DocumentKind kind, bool isPage, bool sitePage, LintRun run, Func<string, bool>? keyResolves = null)
    {
        var bag = new Diagnostics.DiagnosticBag(file);
        if (kind == DocumentKind.Html && HtmlNesting.FirstTooDeep(source.Content) is { } deep)
        {
            var (line, column) = source.PositionOf(deep);
            bag.Error(new Diagnostics.SourcePosition(line, column), Diagnostics.DiagnosticCodes.TooDeep,
                $"The page nests HTML elements more than {HtmlNesting.MaxDepth} levels deep here, so it cannot be checked.",
                "Close the elements you open (each <div> needs its </div>); no real page nests this deeply.");
        }

        IEnumerable<TextSegment>? segments = bag.HasErrors ? null : kind switch
        {
            DocumentKind.Html => HtmlExtractor.Extract(source),
            // One at a time: a huge text file's segments never sit in memory together.
            DocumentKind.PlainText => PlainTextExtractor.Enumerate(source),
            // Within the same nesting limit as the site, so a file the site refuses cannot hang or crash the linter.
            _ => ClinicMarkdown.ParseBounded(source.Content, Options.Limits, bag) is { } document
                ? MarkdownExtractor.Extract(source, document, keyResolves ?? (_ => true))
                : null,
        };
        if (segments is null)
        {
            run.Report(file, bag);
            return;
        }

        // Suppressions are read first so that findings can be capped while the file is judged: a 50 MB file with a
        // finding in every sentence keeps about two thousand findings in memory, not a million.
        var (suppressions, problems) = documents.ReadSuppressions(source, file);
        var own = new List<Finding>();
        var leftOut = default(FindingCaps.LeftOut);
        var anyClaim = false;
        foreach (var batch in Judged(segments, file, inParallel: source.Content.Length > ParallelFromChars))
        {
            own.AddRange(batch);
            anyClaim = anyClaim || batch.Exists(f => RuleCategories.IsClaim(f.Category));
            if (own.Count > Options.MaxFindingsPerFile * 2)
            {
                DocumentLinter.Hide(suppressions, file, own, run.Hidden);
                leftOut = FindingCaps.Spill(own, Options.MaxFindingsPerFile, leftOut);
            }
        }

        // A study recruiting participants is not advertising (see ResearchPage); the site's own pages always are the clinic's.
        if (isPage && !sitePage && ResearchPage.Is(segments, Rules))
        {
            own.RemoveAll(ResearchPage.Excuses);
            anyClaim = own.Exists(f => RuleCategories.IsClaim(f.Category));
        }

        if (isPage && (sitePage || IsPromotional(segments, anyClaim)))
        {
            documents.CheckPage(segments, file, sitePage, own);
        }

        DocumentLinter.Hide(suppressions, file, own, run.Hidden);
        documents.ReportProblems(problems, file, own);
        run.Suppressions.AddRange(suppressions);
        run.Findings.AddRange(own);
        run.LeftOutOf(file, leftOut);
    }

    /// <summary>
    /// The claim findings of <paramref name="segments"/> in file order, a batch of segments at a time, judged on all
    /// cores when there are many (a huge loose file); each batch's findings are its own list.
    /// </summary>
    private IEnumerable<List<Finding>> Judged(IEnumerable<TextSegment> segments, string file, bool inParallel)
    {
        List<Finding> Judge(TextSegment[] batch)
        {
            var findings = new List<Finding>();
            documents.JudgeClaims(batch, file, looseCitations: true, findings);
            return findings;
        }

        var batches = segments.Chunk(JudgedTogether);
        return inParallel ? batches.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered).Select(Judge) : batches.Select(Judge);
    }

    // The site's own pages always need the disclaimer. A loose page needs it only when it promotes a treatment: it
    // makes a health claim, or a clinic offers its services. A reference page (a regulator's notice, a journal
    // abstract) is not advertising, and asking it for a clinic's disclaimer would be a false alarm.
    private bool IsPromotional(IEnumerable<TextSegment> segments, bool anyClaim) =>
        anyClaim || segments.Any(s => Rules.Features.Occurs(Features.FeatureNames.ClinicVoice, s.Text));

    private void LintFile(string path, LintRun run)
    {
        if (run.Read(path) is not { } source)
        {
            return;
        }

        var kind = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => DocumentKind.Markdown,
            ".html" or ".htm" => DocumentKind.Html,
            _ => DocumentKind.PlainText,
        };
        LintLoose(source, source.Path, kind, isPage: kind != DocumentKind.Markdown, Options.SitePages, run);
    }
}
