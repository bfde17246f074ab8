using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Suppressions;
using Clinic.Content.Lint.Text;
using Clinic.Content.Reading;

namespace Clinic.Content.Lint.Linting;

/// <summary>The findings, suppressions and file count of one lint run, and the safe reading of its files.</summary>
internal sealed class LintRun
{
    private const int BinaryProbeBytes = 8000;

    /// <summary>Files linted at once: results are merged (and the run's cap applied) after each batch, so memory stays bounded.</summary>
    private const int BatchSize = 64;

    /// <summary>Findings of a file left out while it was being linted (<see cref="FindingCaps.Spill"/>), by file.</summary>
    private readonly Dictionary<string, FindingCaps.LeftOut> leftOutOfFiles = new(StringComparer.Ordinal);

    private int findingsLeftOut;
    private Finding? firstLeftOut;
    private FindingSeverity worstLeftOut;

    public LintRun(LintOptions options) => Options = options;

    public LintOptions Options { get; }

    public List<Finding> Findings { get; } = [];

    public List<Suppression> Suppressions { get; } = [];

    public List<SuppressedFinding> Hidden { get; } = [];

    public int FilesLinted { get; set; }

    /// <summary>The file's text, or null after reporting why it cannot be linted (refused, too large, unreadable, binary, not UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <param name="contentRoot">The content folder the file must stay inside, or null for a loose file named by the user.</param>
    public SourceText? Read(string path, string? contentRoot = null)
    {
        FilesLinted++;
        var limits = Options.Limits;
        var bag = new DiagnosticBag(path);
        var reader = new ContentFileReader(contentRoot, limits);
        var bytes = reader.ReadBytes(path, contentRoot is null ? limits.MaxLintFileBytes : limits.MaxPageBytes, bag);
        if (bytes is not null && bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeBytes)).Contains((byte)0))
        {
            Unreadable(path, "The file is binary, not text, so it cannot be linted.");
            return null;
        }

        var text = bytes is null ? null : reader.ReadText(bytes, bag);
        Report(Options.Display(path), bag);
        return text is null ? null : new SourceText(Options.Display(path), text);
    }

    /// <summary>Adds the reading problems in <paramref name="bag"/> as findings on <paramref name="file"/>.</summary>
    public void Report(string file, DiagnosticBag bag)
    {
        foreach (var problem in bag.Items)
        {
            Findings.Add(ContentProblem.Of(problem, file));
        }
    }

    public void Unreadable(string path, string message) =>
        Findings.Add(ContentProblem.At(Options.Display(path), SourceRange.FileStart, DiagnosticCodes.MissingFile,
            FindingSeverity.Error, message, "Check the path and that the file is a readable text, Markdown or HTML file."));

    /// <summary>
    /// Runs the lint of one file; if it throws, the file is reported as not checked and the run goes on, so one hostile
    /// file can neither stop the others being checked nor pass as clean.
    /// </summary>
    public void Isolate(string path, Action lint)
    {
        try
        {
            lint();
        }
#pragma warning disable CA1031 // Whatever the failure, it becomes a finding: failing open is the one thing a safety gate must not do.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            Findings.Add(LintFailure.For(Options.Display(path), ex));
        }
    }

    /// <summary>
    /// Lints <paramref name="items"/> on all cores, each into its own run, then adds the results in item order.
    /// Works in batches and caps each file's findings as it finishes, so 20,000 files or one huge file stay within memory.
    /// </summary>
    public void ForEach<T>(IReadOnlyList<T> items, Func<T, string> pathOf, Action<T, LintRun> lint)
    {
        for (var start = 0; start < items.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, items.Count - start);
            var runs = new LintRun[count];
            void One(int i)
            {
                var run = runs[i] = new LintRun(Options);
                var item = items[start + i];
                run.Isolate(pathOf(item), () => lint(item, run));
                run.CapPerFile();
            }

            // Threads cost more than they save on a handful of files.
            if (count < 8)
            {
                for (var i = 0; i < count; i++)
                {
                    One(i);
                }
            }
            else
            {
                Parallel.For(0, count, One);
            }

            foreach (var run in runs)
            {
                Findings.AddRange(run.Findings);
                Suppressions.AddRange(run.Suppressions);
                Hidden.AddRange(run.Hidden);
                FilesLinted += run.FilesLinted;
            }

            CapRun();
        }
    }

    public LintReport ToReport(RuleSet rules)
    {
        CapPerFile();
        CapRun();
        var findings = Findings;
        if (findingsLeftOut > 0)
        {
            findings = [.. Findings, FindingCaps.Summary(
                firstLeftOut!.File, firstLeftOut.Span, worstLeftOut, Options.MaxFindingsPerRun, findingsLeftOut, "in this run, from this file on")];
        }

        return new(findings, Suppressions, Hidden, FilesLinted, rules.Source, rules.Rules.Count);
    }

    /// <summary>Records findings of <paramref name="file"/> already left out while it was linted, for its closing count.</summary>
    public void LeftOutOf(string file, FindingCaps.LeftOut left)
    {
        if (left.Count > 0)
        {
            leftOutOfFiles[file] = leftOutOfFiles.TryGetValue(file, out var before) ? before.Add(left) : left;
        }
    }

    /// <summary>Keeps the first findings of each file up to the file cap and counts the rest, with those left out earlier.</summary>
    private void CapPerFile()
    {
        FindingCaps.PerFile(Findings, Options.MaxFindingsPerFile, leftOutOfFiles);
        leftOutOfFiles.Clear();
    }

    /// <summary>Keeps the first findings up to the run's cap and counts the rest.</summary>
    private void CapRun()
    {
        if (Findings.Count <= Options.MaxFindingsPerRun)
        {
            return;
        }

        var left = Findings.Skip(Options.MaxFindingsPerRun).ToList();
        firstLeftOut ??= left[0];
        worstLeftOut = (FindingSeverity)Math.Max((int)worstLeftOut, (int)left.Max(f => f.Severity));
        findingsLeftOut += left.Count;
        Findings.RemoveRange(Options.MaxFindingsPerRun, left.Count);
    }
}
