using System.Text;
using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Extraction;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.FuzzTests;

/// <summary>The linter's bounds on hostile input: linear extraction, capped findings, bounded memory.</summary>
public sealed class LintBoundsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "clinic-lint-bounds", Guid.NewGuid().ToString("N"));

    public LintBoundsTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static RuleSet Rules { get; } = RuleSetLoader.Load(Path.Combine(RepositoryRoot.Content, "claim-rules.yaml"));

    [Fact]
    public async Task A_hundred_thousand_nested_divs_are_refused_at_their_position_in_linear_work()
    {
        var html = "<html><body>\n<p>Intro.</p>\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Ketamine is a medicine."
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        // A generous bound, not a timing assert: AngleSharp's tree builder is quadratic in nesting (158 s here before).
        var report = await Task.Run(() => new ClaimLinter(Rules).LintText(html, "deep.html", DocumentKind.Html, isPage: true)).WaitAsync(TimeSpan.FromSeconds(60));

        var finding = report.Findings.Should().ContainSingle(f => f.RuleId == DiagnosticCodes.TooDeep).Which;
        (finding.Span.Line, finding.Severity).Should().Be((3, FindingSeverity.Error));
        HtmlNesting.FirstTooDeep(html).Should().Be(html.IndexOf("<div>", StringComparison.Ordinal) + (HtmlNesting.MaxDepth - 2) * 5,
            "the scan stops at the first element past the limit (html and body are the first two levels)");
    }

    [Fact]
    public void Nesting_within_the_limit_is_extracted_with_an_explicit_stack()
    {
        var depth = HtmlNesting.MaxDepth - 10;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Ketamine is a medicine."
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        HtmlNesting.FirstTooDeep(html).Should().BeNull();
        HtmlExtractor.Extract(new SourceText("ok.html", html)).Should().ContainSingle(s => s.Text.Contains("Ketamine is a medicine.", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_are_capped_per_file_with_the_rest_counted()
    {
        var text = string.Concat(Enumerable.Repeat("Ketamine cures depression.\n\n", 40));
        var linter = new ClaimLinter(Rules, new LintOptions { MaxFindingsPerFile = 5 });

        var report = linter.LintText(text, "many.md", DocumentKind.Markdown);

        var capped = report.Findings.Should().ContainSingle(f => f.RuleId == DiagnosticCodes.OutputCapped).Which;
        report.Findings.Count.Should().Be(6);
        capped.Message.Should().MatchRegex(@"^5 findings shown; \d+ more in this file\.$");
        capped.Severity.Should().Be(report.Findings.Where(f => f != capped).Max(f => f.Severity), "capping never changes whether the run fails");
    }

    [Fact]
    public void Findings_are_capped_per_run()
    {
        for (var i = 0; i < 12; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"page{i:00}.txt"), string.Concat(Enumerable.Repeat("Ketamine cures depression.\n\n", 3)));
        }

        var report = new ClaimLinter(Rules, new LintOptions { MaxFindingsPerRun = 10, WorkingDirectory = folder }).LintPaths([folder]);

        report.Findings.Should().HaveCount(11);
        report.Findings[^1].RuleId.Should().Be(DiagnosticCodes.OutputCapped);
        report.Findings[^1].Message.Should().Contain("10 findings shown").And.Contain("more in this run");
    }

    [Fact]
    public void Linked_folders_and_devices_given_to_lint_are_never_walked_or_read()
    {
        File.WriteAllText(Path.Combine(folder, "page.txt"), "Plain words.");
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder, "proc"), "/proc/self");

        var report = new ClaimLinter(Rules, new LintOptions { WorkingDirectory = folder }).LintPaths([folder, "/dev/zero"]);

        report.FilesLinted.Should().Be(2, "page.txt, and /dev/zero which is refused unread");
        report.Findings.Should().ContainSingle(f => f.RuleId == DiagnosticCodes.RefusedFile).Which.Message.Should().Contain("not a regular file");
    }

    [Fact]
    public void A_fifty_megabyte_lint_input_is_refused_unread_at_the_default_limit()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var writer = new StreamWriter(path, append: false, Encoding.UTF8))
        {
            var line = "Ketamine cures depression in one session, guaranteed.\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
            {
                writer.Write(line);
            }
        }

        // The rules are loaded and compiled first: what is measured is what the huge file costs, not the rules file.
        var linter = new ClaimLinter(Rules, new LintOptions { WorkingDirectory = folder });
        var warm = Path.Combine(folder, "warm.txt");
        File.WriteAllText(warm, "Plain words.");
        linter.LintPaths([warm]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = linter.LintPaths([path]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        report.Findings.Should().ContainSingle(f => f.RuleId == DiagnosticCodes.TooLarge).Which.Message.Should().Contain("50 MB");
        allocated.Should().BeLessThan(64L * 1024 * 1024, "the file is refused on its size, never read into memory (with the limit raised: HugeInputTests, bench/lint-memory.sh)");
    }
}
