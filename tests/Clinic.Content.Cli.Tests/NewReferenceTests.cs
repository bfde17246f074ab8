using System.Text.RegularExpressions;

namespace Clinic.Content.Cli.Tests;

public sealed partial class NewReferenceTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly RecordedApi api = new RecordedApi()
        .Serve("/crossref/works/10.1038%2Fnature10130", "crossref-works-10.1038-nature10130.json")
        .Serve("/entrez/eutils/esearch.fcgi?db=pubmed&term=10.1038%2Fnature10130%5Bdoi%5D&retmode=json", "eutils-esearch-doi-10.1038-nature10130.json")
        .Serve("/entrez/eutils/esummary.fcgi?db=pubmed&id=10686270&retmode=json", "eutils-esummary-10686270.json");

    public void Dispose()
    {
        api.Dispose();
        content.Dispose();
    }

    private string Library => content.PathOf("references.yaml");

    [Fact]
    public void A_doi_becomes_a_complete_entry_from_crossref_with_the_pmid_from_pubmed()
    {
        RemoveEntry("autry2011");

        var (exit, output, error) = Run("--doi", "https://doi.org/10.1038/nature10130");

        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().Contain("Added 'autry2011' to content/references.yaml");
        File.ReadAllText(Library).Should().EndWith("""

            - key: autry2011
              authors: Autry AE, Adachi M, Nosyreva E, Na ES, Los MF, Cheng PF, et al.
              title: NMDA receptor blockade at rest triggers rapid behavioural antidepressant responses
              journal: Nature
              year: 2011
              volume: "475"
              issue: "7354"
              pages: 91-95
              doi: 10.1038/nature10130
              pmid: "21677641"
              url: https://doi.org/10.1038/nature10130
              # FILL IN: what kind of study it is: trial, meta-analysis, systematic review, animal study, observational study...
              kind:
              # FILL IN: humans or animals.
              population:
              # FILL IN: what it found, in two to four plain sentences, with its size and its limits.
              summary:

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        api.Requests.Should().Equal(
            "/crossref/works/10.1038%2Fnature10130",
            "/entrez/eutils/esearch.fcgi?db=pubmed&term=10.1038%2Fnature10130%5Bdoi%5D&retmode=json");
    }

    [Fact]
    public void The_new_entry_is_reported_until_the_editor_fills_in_kind_and_summary_and_then_loads_with_the_right_facts()
    {
        RemoveEntry("autry2011");
        Run("--doi", "10.1038/nature10130").Exit.Should().Be(0);

        ContentLoader.Load(content.Root).Diagnostics.Where(d => d.Path == Library).Select(d => d.Message)
            .Should().Contain(m => m.Contains("'kind'")).And.Contain(m => m.Contains("'summary'"));

        var text = File.ReadAllText(Library)
            .Replace("  kind:\n", "  kind: animal study\n", StringComparison.Ordinal)
            .Replace("  population:\n", "  population: animals\n", StringComparison.Ordinal)
            .Replace("  summary:\n", "  summary: In mice, a fast antidepressant-like effect depended on a growth protein.\n", StringComparison.Ordinal);
        File.WriteAllText(Library, text);
        var snapshot = ContentLoader.Load(content.Root);
        snapshot.Diagnostics.Where(d => d.Path == Library).Should().BeEmpty();
        var reference = snapshot.FindReference("autry2011")!;
        (reference.Title, reference.Journal, reference.Year, reference.Volume, reference.Issue, reference.Pages, reference.Doi, reference.Pmid)
            .Should().Be(("NMDA receptor blockade at rest triggers rapid behavioural antidepressant responses", "Nature", 2011, "475", "7354", "91-95", "10.1038/nature10130", "21677641"));
    }

    [Fact]
    public void A_pmid_becomes_an_entry_from_pubmed_with_full_page_numbers_and_the_doi()
    {
        RemoveEntry("berman2000");

        var (exit, output, _) = Run("--pmid", "10686270");

        exit.Should().Be(0);
        output.Should().Contain("Added 'berman2000'");
        var entry = File.ReadAllText(Library)[File.ReadAllText(Library).IndexOf("- key: berman2000", StringComparison.Ordinal)..];
        entry.Should().Contain("  authors: Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, et al.\n")
            .And.Contain("  title: Antidepressant effects of ketamine in depressed patients\n")
            .And.Contain("  journal: Biological Psychiatry\n")
            .And.Contain("  year: 2000\n")
            .And.Contain("  volume: \"47\"\n  issue: \"4\"\n  pages: 351-354\n")
            .And.Contain("  doi: 10.1016/s0006-3223(99)00230-9\n")
            .And.Contain("  pmid: \"10686270\"\n");
        api.Requests.Should().Equal("/entrez/eutils/esummary.fcgi?db=pubmed&id=10686270&retmode=json");
    }

    [Theory]
    [InlineData("--doi", "10.1038/NATURE10130", "autry2011")]
    [InlineData("--pmid", "10686270", "berman2000")]
    public void A_study_already_in_the_library_is_refused_without_asking_the_service(string option, string id, string existing)
    {
        var before = File.ReadAllText(Library);

        var (exit, _, error) = Run(option, id);

        exit.Should().Be(1);
        error.Should().Contain($"already has this study as '{existing}'").And.Contain($"[@{existing}]");
        File.ReadAllText(Library).Should().Be(before);
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Offline_it_says_so_plainly_and_writes_nothing()
    {
        RemoveEntry("autry2011");
        var before = File.ReadAllText(Library);
        var closed = $"http://127.0.0.1:{RecordedApi.FreePort()}/";

        var (exit, _, error) = CliRun.Of(Today, "new", "reference", "--doi", "10.1038/nature10130", "--crossref-url", closed, "--eutils-url", closed, "--content", content.Root);

        exit.Should().Be(2);
        error.Should().Contain("Could not look the study up at 127.0.0.1").And.Contain("cannot be reached").And.Contain("Nothing was written")
            .And.Contain("Check your internet connection");
        File.ReadAllText(Library).Should().Be(before);
    }

    [Fact]
    public void An_unknown_doi_is_reported_and_nothing_is_written()
    {
        var before = File.ReadAllText(Library);

        var (exit, _, error) = Run("--doi", "10.1038/nature00000");

        exit.Should().Be(1);
        error.Should().Contain("has no record of DOI 10.1038/nature00000");
        File.ReadAllText(Library).Should().Be(before);
    }

    private CliRun Run(params string[] args) =>
        CliRun.Of(Today, ["new", "reference", .. args, "--crossref-url", api.CrossrefRoot, "--eutils-url", api.EUtilitiesRoot, "--content", content.Root]);

    private void RemoveEntry(string key)
    {
        var text = File.ReadAllText(Library);
        var trimmed = Regex.Replace(text, $@"\n- key: {key}\n(?:(?!\n- key:).)*", string.Empty, RegexOptions.Singleline);
        trimmed.Should().NotBe(text);
        File.WriteAllText(Library, trimmed);
    }
}
