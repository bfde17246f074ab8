using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Seeds;

/// <summary>The findings issue 3 pins on the five real clinic pages.</summary>
public sealed class SeedFindingsTests
{
    [Theory]
    [InlineData("000", "same risk category as substances like testosterone", RuleCategories.RegulatoryMisstatement)]
    [InlineData("000", "without hallucinations or dissociation", RuleCategories.SafetyAbsolute)]
    [InlineData("000", "FDA-approved medication", RuleCategories.RegulatoryMisstatement)]
    [InlineData("001", "you don't need a prescription or any kind of medical intervention", RuleCategories.PrescriptionBypass)]
    [InlineData("001", "The more you take, the more neuroplasticity you'll experience", RuleCategories.DoseEscalation)]
    [InlineData("001", "a safe and effective treatment for depression", RuleCategories.EfficacyOverreach)]
    [InlineData("001", "more effective than traditional antidepressants", RuleCategories.EfficacyOverreach)]
    [InlineData("002", "Can provide relief even when all other medications have failed", RuleCategories.EfficacyOverreach)]
    [InlineData("002", "Restores synaptic density in the prefrontal cortex within 24 hours", RuleCategories.EfficacyOverreach)]
    [InlineData("002", "(30% vs 100%)", RuleCategories.UncitedStatistic)]
    [InlineData("003", "within just one day of the first ketamine dose, the brain's lost connections begin to regrow", RuleCategories.EfficacyOverreach)]
    [InlineData("004", "Treat the Root Cause", RuleCategories.EfficacyOverreach)]
    [InlineData("004", "approximately 70 percent of patients", RuleCategories.UncitedStatistic)]
    public void Seed_claim_is_flagged_at_its_own_words(string seed, string phrase, string category)
    {
        var (findings, source) = LintSeed(seed);

        findings.Should().Contain(f => f.Category == category && Covers(source, f, phrase),
            $"seed {seed} says \"{phrase}\"");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Seed_without_a_disclaimer_gets_a_missing_disclaimer_finding(string seed)
    {
        var (findings, _) = LintSeed(seed);

        findings.Should().ContainSingle(f => f.Category == RuleCategories.MissingDisclaimer);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("003")]
    public void Seed_with_its_own_disclaimer_gets_no_missing_disclaimer_finding(string seed)
    {
        var (findings, _) = LintSeed(seed);

        findings.Should().NotContain(f => f.Category == RuleCategories.MissingDisclaimer);
    }

    [Fact]
    public void Correct_statement_that_esketamine_is_FDA_approved_is_not_flagged()
    {
        var (findings, source) = LintSeed("001");
        var line = LineOf(source, "Esketamine (Spravato), is an FDA-approved medication for depression");

        findings.Where(f => f.Span.Line == line).Should().NotContain(f => f.Category == RuleCategories.RegulatoryMisstatement);
    }

    [Fact]
    public void Seed_disclaimer_sentence_is_not_flagged()
    {
        var (findings, source) = LintSeed("001");

        findings.Should().NotContain(f => Covers(source, f, "This blog is not medical advice or therapeutic advice"));
    }

    [Fact]
    public void Cited_research_summaries_in_a_seed_are_not_flagged_as_uncited()
    {
        var (findings, source) = LintSeed("002");
        var line = LineOf(source, "The landmark study that first demonstrated ketamine's rapid antidepressant effects");

        findings.Should().NotContain(f => f.Span.Line == line);
    }

    private static (IReadOnlyList<Finding> Findings, string[] Lines) LintSeed(string prefix)
    {
        var path = Repo.Seed(prefix);
        var report = Linted.Linter().LintPaths([path]);
        return (report.Findings, File.ReadAllText(path).Split('\n'));
    }

    private static int LineOf(string[] lines, string phrase) =>
        Array.FindIndex(lines, l => l.Contains(phrase, StringComparison.Ordinal)) + 1;

    /// <summary>True when the finding's span overlaps the phrase in the file.</summary>
    private static bool Covers(string[] lines, Finding finding, string phrase)
    {
        var line = lines[finding.Span.Line - 1];
        var at = line.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var start = at + 1;
        var end = start + phrase.Length;
        var findingEnd = finding.Span.EndLine > finding.Span.Line ? int.MaxValue : finding.Span.EndColumn;
        return finding.Span.Column < end && start < findingEnd;
    }
}
