namespace Clinic.Content.Lint.Tests.Support;

/// <summary>A throw-away content folder with a site file, a one-entry library (li2010) and the articles a test writes.</summary>
internal sealed class TempContent : IDisposable
{
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

    private const string Site = """
        name: Test Clinic
        base-url: https://example.org
        disclaimer: This site is for general education only. It is not medical advice.
        crisis: If you are in crisis, call or text 988.
        """;

    public TempContent(string references = LibraryEntry)
    {
        Root = Directory.CreateTempSubdirectory("lint-content").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        File.WriteAllText(Path.Combine(Root, "site.yaml"), Site);
        File.WriteAllText(Path.Combine(Root, "references.yaml"), references);
    }

    public string Root { get; }

    public string Article(string slug, string text)
    {
        var path = Path.Combine(Root, "articles", slug + ".md");
        File.WriteAllText(path, text);
        return path;
    }

    public static string FrontMatter(string reviewed = "2026-11-01", string? nextReview = null, bool reviewer = true) =>
        "---\ntitle: How ketamine works\nsummary: A plain guide to ketamine.\nauthor: Science team\n"
        + (reviewer ? "reviewer: Medical Director, MD\n" : string.Empty)
        + $"reviewed: {reviewed}\n"
        + (nextReview is null ? string.Empty : $"next-review: {nextReview}\n")
        + "---\n";

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
