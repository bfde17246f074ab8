using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Suppressions;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Linting;

/// <summary>The findings, suppressions and file count of one lint run, and the safe reading of its files.</summary>
internal sealed class LintRun
{
    private const int BinaryProbeBytes = 8000;

    public LintRun(LintOptions options) => Options = options;

    public LintOptions Options { get; }

    public List<Finding> Findings { get; } = [];

    public List<Suppression> Suppressions { get; } = [];

    public List<SuppressedFinding> Hidden { get; } = [];

    public int FilesLinted { get; set; }

    /// <summary>The file's text, or null after reporting why it cannot be linted (missing, unreadable, binary).</summary>
    public SourceText? Read(string path)
    {
        FilesLinted++;
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeBytes)).Contains((byte)0))
            {
                Unreadable(path, "The file is binary, not text, so it cannot be linted.");
                return null;
            }

            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return new SourceText(Options.Display(path), reader.ReadToEnd());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            Unreadable(path, $"The file cannot be read: {ex.Message}");
            return null;
        }
    }

    public void Unreadable(string path, string message) =>
        Findings.Add(new Finding(Options.Display(path), SourceRange.FileStart, DiagnosticCodes.MissingFile, RuleCategories.ReviewProcess,
            FindingSeverity.Error, message, "Check the path and that the file is a readable text, Markdown or HTML file.", string.Empty));

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

    /// <summary>Lints <paramref name="items"/> on all cores, each into its own run, then adds the results in item order.</summary>
    public void ForEach<T>(IReadOnlyList<T> items, Func<T, string> pathOf, Action<T, LintRun> lint)
    {
        var runs = new LintRun[items.Count];
        void One(int i)
        {
            var run = runs[i] = new LintRun(Options);
            run.Isolate(pathOf(items[i]), () => lint(items[i], run));
        }

        // Threads cost more than they save on a handful of files.
        if (items.Count < 8)
        {
            for (var i = 0; i < items.Count; i++)
            {
                One(i);
            }
        }
        else
        {
            Parallel.For(0, items.Count, One);
        }

        foreach (var run in runs)
        {
            Findings.AddRange(run.Findings);
            Suppressions.AddRange(run.Suppressions);
            Hidden.AddRange(run.Hidden);
            FilesLinted += run.FilesLinted;
        }
    }

    public LintReport ToReport(RuleSet rules) => new(Findings, Suppressions, Hidden, FilesLinted, rules.Source, rules.Rules.Count);
}
