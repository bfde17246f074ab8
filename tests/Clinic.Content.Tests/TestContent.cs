using Clinic.Content.Diagnostics;

namespace Clinic.Content.Tests;

/// <summary>A throw-away content folder with a valid site, references and articles, to break one thing at a time.</summary>
internal sealed class TestContent : IDisposable
{
    public const string SiteYaml = """
        name: Test Clinic
        base-url: https://science.test.example
        disclaimer: This site is not medical advice.
        crisis: Call or text 988. In an emergency, call 911.
        """;

    public const string ReferencesYaml = """
        - key: li2010
          authors: Li N, Lee B, Liu RJ, et al.
          title: mTOR-dependent synapse formation
          journal: Science
          year: 2010
          doi: 10.1126/science.1190287
          pmid: "20724638"
          kind: animal study
          population: animals
          summary: In rats, ketamine switched on mTOR.
        - key: berman2000
          authors: Berman RM, Cappiello A, Anand A, et al.
          title: Antidepressant effects of ketamine in depressed patients
          journal: Biological Psychiatry
          year: 2000
          kind: trial
          population: humans
          summary: A very small early trial.
        - key: fda2019
          authors: US Food and Drug Administration
          title: FDA approves new nasal spray medication
          publisher: US Food and Drug Administration
          year: 2019
          kind: regulatory notice
          summary: Esketamine approval.
        """;

    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "clinic-content-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        Write("site.yaml", SiteYaml);
        Write("references.yaml", ReferencesYaml);
    }

    public string Root { get; }

    /// <summary>A valid article with the given body, and optionally extra front-matter lines.</summary>
    public static string Article(string body = "Plain text.", string extraFrontMatter = "", string title = "A test article") => $"""
        ---
        title: {title}
        summary: A short summary.
        author: Science writing team
        reviewer: Medical Director, MD
        reviewed: 2026-11-01
        tags: [test]
        {extraFrontMatter}
        ---

        {body}
        """;

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    public ContentSnapshot Load() => ContentLoader.Load(Root);

    /// <summary>Loads, expecting a <paramref name="code"/> diagnostic on <paramref name="path"/> and the article fine.md still loaded.</summary>
    public (ContentSnapshot Snapshot, ContentDiagnostic Diagnostic) LoadExpecting(string code, string path)
    {
        var snapshot = Load();
        var diagnostic = snapshot.Diagnostics.Should().Contain(d => d.Code == code && d.Path == path,
            "all: " + string.Join(" | ", snapshot.Diagnostics)).Which;
        snapshot.Articles.Select(a => a.Slug).Should().Contain("fine", "one bad file never stops the others from loading");
        return (snapshot, diagnostic);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
