namespace Clinic.Content.FuzzTests;

/// <summary>A small, valid content folder: every fuzz case breaks one file of it and expects the rest to keep working.</summary>
internal static class FuzzSite
{
    public const string Disclaimer = "This site is general education and not medical advice.";

    public const string SiteYaml = $"""
        name: Fuzz Clinic
        base-url: https://science.fuzz.example
        disclaimer: {Disclaimer}
        crisis: Call or text 988. In an emergency, call 911.
        contact:
          email: hello@fuzz.example
        """;

    public const string ReferencesYaml = """
        - key: smith2020
          authors: Smith A, Jones B
          title: A small trial of a treatment
          journal: Journal of Examples
          year: 2020
          doi: 10.1000/example.1
          url: https://example.org/smith2020
          kind: trial
          population: humans
          summary: A small trial with mixed results.
        """;

    public const string Article = """
        ---
        title: How a session goes
        summary: What happens during a visit.
        author: Science writing team
        reviewer: Medical Director, MD
        reviewed: 2026-11-01
        tags: [sessions]
        ---

        ## Before the session

        A nurse checks your blood pressure first [@smith2020].

        - You rest in a quiet room.
        - A clinician stays nearby.

        > Ask questions at any time.

        See the [FAQ](/faq) or [the study](https://example.org).
        """;

    public const string Faq = """
        ---
        title: Questions
        summary: Common questions.
        author: Science writing team
        reviewer: Medical Director, MD
        reviewed: 2026-11-01
        ---

        ## How long is a visit?

        About two hours, including rest afterwards.
        """;

    public const string Diagram = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-labelledby="t d">
          <title id="t">A square</title>
          <desc id="d">One grey square.</desc>
          <rect width="10" height="10" fill="#888"/>
        </svg>
        """;

    /// <summary>The files of the folder, by path relative to it.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["site.yaml"] = SiteYaml,
        ["references.yaml"] = ReferencesYaml,
        ["articles/how-a-session-goes.md"] = Article,
        ["faq.md"] = Faq,
        ["diagrams/square.svg"] = Diagram,
    };

    /// <summary>Writes a fresh copy of the folder at <paramref name="root"/>, replacing whatever was there.</summary>
    public static void WriteTo(string root)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }
}
