using System.Collections.Concurrent;
using Clinic.Content;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Tests.Support;
using Clinic.Content.Workspace;

namespace Clinic.Content.Lint.Tests.Snapshots;

/// <summary>A rebuild (load the workspace, choose its rules, lint the snapshot) opens each file once.</summary>
public sealed class ReadOnceTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal(TempContent.LibraryEntry);
    private readonly ConcurrentDictionary<string, int> opened = new(StringComparer.Ordinal);

    public void Dispose() => content.Dispose();

    [Fact]
    public void Each_page_file_is_read_exactly_once_per_rebuild()
    {
        var pages = new[]
        {
            content.WriteArticle("one", TempContent.FrontMatter() + "Ketamine always works for everyone.\n"),
            content.WriteArticle("two", TempContent.FrontMatter() + "In rats, ketamine led to new synapses [@li2010].\n"),
            // No front matter: not a page, but its claims are still judged, from the text the load read.
            content.WriteArticle("no-front-matter", "The drug has no side effects.\n"),
        };
        File.WriteAllText(Path.Combine(content.Root, "faq.md"), "---\ntitle: Questions\nsummary: Answers.\nreviewer: Medical Director, MD\nreviewed: 2026-11-01\n---\n## Is it safe?\nIt is completely safe.\n");
        File.Copy(Repo.RulesFile, Path.Combine(content.Root, ContentWorkspace.RulesFileName));
        File.WriteAllText(Path.Combine(content.Root, "glossary.yaml"), "- term: NMDA receptor\n  definition: A switch on brain cells that glutamate turns on.\n");

        var report = Rebuild();

        report.Findings.Should().Contain(f => f.File.EndsWith("one.md", StringComparison.Ordinal))
            .And.Contain(f => f.File.EndsWith("no-front-matter.md", StringComparison.Ordinal))
            .And.Contain(f => f.File.EndsWith("faq.md", StringComparison.Ordinal));
        foreach (var page in pages.Append(Path.Combine(content.Root, "faq.md")))
        {
            opened.Should().ContainKey(page).WhoseValue.Should().Be(1, $"{Path.GetFileName(page)} is read once per rebuild");
        }

        opened.Should().OnlyContain(o => o.Value == 1, "no file (settings, library, glossary, rules) is read twice either");

        opened.Clear();
        Rebuild();
        opened.Should().HaveCount(pages.Length + 5).And.OnlyContain(o => o.Value == 1, "the next rebuild reads each file once again");
    }

    [Fact]
    public void A_page_whose_name_is_not_an_address_is_not_published_but_its_claims_are_still_judged()
    {
        var path = content.WriteArticle("Our Results", TempContent.FrontMatter() + "Ketamine always works for everyone.\n");

        var report = Rebuild();

        report.Findings.Should().Contain(f => f.File.EndsWith("Our Results.md", StringComparison.Ordinal) && f.Kind == FindingKind.Claim);
        opened.Should().ContainKey(path).WhoseValue.Should().Be(1);
    }

    private LintReport Rebuild()
    {
        var workspace = new ContentWorkspace(content.Root, open: Counting);
        var snapshot = ContentLoader.Load(workspace);
        var rules = WorkspaceRules.For(snapshot);
        rules.Problem.Should().BeNull();
        return new ClaimLinter(rules.Rules!, new LintOptions { Today = Linted.Today, WorkingDirectory = content.Root }).Lint(snapshot);
    }

    private FileStream Counting(string path)
    {
        opened.AddOrUpdate(path, 1, (_, n) => n + 1);
        return File.OpenRead(path);
    }
}
