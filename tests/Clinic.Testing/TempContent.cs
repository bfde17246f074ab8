namespace Clinic.Testing;

/// <summary>
/// The tests' one throw-away content folder: a copy of the shipped content (<see cref="CopyOfShipped"/>), or a minimal
/// valid site (<see cref="Minimal"/>) to break one thing at a time. Deleted on dispose; the repository is never touched.
/// </summary>
public sealed class TempContent : IDisposable
{
    /// <summary>A site.yaml with the disclaimer and crisis notice every page needs.</summary>
    public const string SiteYaml = """
        name: Test Clinic
        base-url: https://science.test.example
        disclaimer: This site is for general education only. It is not medical advice.
        crisis: If you are in crisis, call or text 988. In an emergency, call 911.
        """;

    /// <summary>Three references of three kinds: an animal study (li2010), a trial (berman2000) and a regulator's notice (fda2019).</summary>
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

    /// <summary>A one-entry library: the rat study li2010, with its full title.</summary>
    public const string LibraryEntry = """
        - key: li2010
          authors: Li N, Lee B, Liu RJ, et al.
          title: mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists
          journal: Science
          year: 2010
          doi: 10.1126/science.1190287
          pmid: "20724638"
          kind: animal study
          population: animals (rats)
          summary: In rats, ketamine led to new synapses in the prefrontal cortex.
        """;

    private TempContent()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clinic-tests", Guid.NewGuid().ToString("N"), "content");
        Directory.CreateDirectory(Root);
    }

    /// <summary>Full path of the content folder.</summary>
    public string Root { get; }

    /// <summary>A copy of the content the repository ships, to edit or break.</summary>
    public static TempContent CopyOfShipped()
    {
        var content = new TempContent();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Content, "*", SearchOption.AllDirectories))
        {
            var target = content.PathOf(System.IO.Path.GetRelativePath(RepositoryRoot.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return content;
    }

    /// <summary>A valid site with no pages yet: <see cref="SiteYaml"/>, <paramref name="references"/> and an empty articles folder.</summary>
    public static TempContent Minimal(string references = ReferencesYaml)
    {
        var content = new TempContent();
        Directory.CreateDirectory(content.PathOf("articles"));
        content.Write("site.yaml", SiteYaml);
        content.Write("references.yaml", references);
        return content;
    }

    /// <summary>A valid article with the given body, and optionally extra front-matter lines.</summary>
    public static string ArticleText(string body = "Plain text.", string extraFrontMatter = "", string title = "A test article") => $"""
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

    /// <summary>Front matter for "How ketamine works", with the review fields a test varies.</summary>
    public static string FrontMatter(string reviewed = "2026-11-01", string? nextReview = null, bool reviewer = true) =>
        "---\ntitle: How ketamine works\nsummary: A plain guide to ketamine.\nauthor: Science team\n"
        + (reviewer ? "reviewer: Medical Director, MD\n" : string.Empty)
        + $"reviewed: {reviewed}\n"
        + (nextReview is null ? string.Empty : $"next-review: {nextReview}\n")
        + "---\n";

    /// <summary>The full path of <paramref name="relativePath"/> in the temp content.</summary>
    public string PathOf(string relativePath) => System.IO.Path.Combine(Root, relativePath);

    /// <summary>Writes (or overwrites) a file, exactly as given, and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes articles/<paramref name="slug"/>.md and returns its full path.</summary>
    public string WriteArticle(string slug, string text) => Write($"articles/{slug}.md", text);

    /// <summary>Deletes the temp content.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
