using Clinic.Content.Lint.Accuracy;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Accuracy;

/// <summary>
/// `clinic-content rules --stats` on a two-page annotated corpus written for the tests (Fixtures/annotated-corpus, in the
/// lint-corpus layout): one promo page with two struck claims and no disclaimer, one reference page.
/// </summary>
public sealed class RuleStatsTests
{
    private static string Corpus => Path.Combine(Repo.Fixtures, "annotated-corpus");

    private static string Findings => Path.Combine(Corpus, "findings.json");

    [Fact]
    public void Each_rule_gets_precision_recall_reference_alarms_and_hard_negatives()
    {
        var corpus = AnnotatedCorpus.Load(Corpus);

        var score = RuleStats.Score(corpus, CorpusFindings.Read(Findings, corpus));

        var rules = score.Rules.ToDictionary(r => r.RuleId);
        rules.Keys.Should().Equal("CL001", "CL027", "CL070", "CL110");
        rules["CL001"].Should().BeEquivalentTo(new { Found = 1, True = 1, RowsHit = 1, Rows = 1, Precision = 1.0, Recall = 1.0, ReferenceAlarms = 0, HardNegatives = 0 });
        rules["CL110"].Should().BeEquivalentTo(new { Found = 2, True = 1, RowsHit = 1, Rows = 1, Precision = 0.5, HardNegatives = 1 });
        rules["CL070"].Should().BeEquivalentTo(new { Found = 1, True = 1, RowsHit = 1, Rows = 1 });
        rules["CL027"].Should().BeEquivalentTo(new { Found = 1, True = 0, Precision = 0.0, Rows = 0, ReferenceAlarms = 1, HardNegatives = 1 });
        rules["CL027"].Recall.Should().BeNull("the corpus has no regulatory-misstatement rows to recall");
    }

    [Fact]
    public void Corpus_figures_match_what_the_corpus_scorer_counts()
    {
        var corpus = AnnotatedCorpus.Load(Corpus);

        var score = RuleStats.Score(corpus, CorpusFindings.Read(Findings, corpus));

        score.Should().BeEquivalentTo(new
        {
            RowsHit = 3,
            Rows = 3,
            ClaimsHit = 2,
            Claims = 2,
            ReferenceAlarms = 1,
            ReferencePages = 1,
            HardNegativesFlagged = 2,
            HardNegatives = 2,
        });
        score.AlarmsPerReferencePage.Should().Be(1.0);
    }

    [Theory]
    [InlineData("Dr. Lee says so. It works.", new[] { "Dr. Lee says so.", "It works." })]
    [InlineData("It helps (a lot.) Then\n\nit stops!", new[] { "It helps (a lot.", "Then", "it stops!" })]
    [InlineData("In the U.S. it is legal.", new[] { "In the U.S. it is legal." })]
    public void Sentences_end_where_the_corpus_scorer_ends_them(string text, string[] sentences)
    {
        var bounds = CorpusSentences.Boundaries(text);
        var starts = new[] { 0 }.Concat(bounds.Select(b => b.End)).ToList();
        var ends = bounds.Select(b => b.Start).Append(text.Length).ToList();

        starts.Zip(ends, (s, e) => text[s..e]).Should().Equal(sentences);
    }

    [Fact]
    public void The_rules_command_prints_the_table_and_json()
    {
        var text = CliRun.Of("rules", "--stats", Findings, "--annotations", Corpus);
        var json = CliRun.Of("rules", "--stats", Findings, "--annotations", Corpus, "--format", "json");

        text.Exit.Should().Be(0, text.Error);
        text.Output.Should().Contain("recall, claims only     2/2 = 1.00").And.Contain("hard negatives flagged  2/2");
        text.Output.Split('\n').Should().Contain(l => l.StartsWith("CL110", StringComparison.Ordinal) && l.Contains(" 0.50 ", StringComparison.Ordinal));
        json.Exit.Should().Be(0, json.Error);
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("claimsRecall").GetDouble().Should().Be(1.0);
        document.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Should().Equal("CL001", "CL027", "CL070", "CL110");
    }

    [Fact]
    public void Stats_without_a_corpus_or_with_a_missing_one_is_a_usage_error_naming_the_problem()
    {
        var alone = CliRun.Of("rules", "--stats", Findings);
        var missing = CliRun.Of("rules", "--stats", Findings, "--annotations", Path.Combine(Corpus, "nowhere"));

        alone.Exit.Should().Be(2);
        alone.Error.Should().Contain("--stats and --annotations go together");
        missing.Exit.Should().Be(2);
        missing.Error.Should().Contain("nowhere").And.Contain("pages");
    }
}
