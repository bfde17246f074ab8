using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>A cited sentence is checked against what it cites: animal-only evidence, weak evidence, retracted papers.</summary>
public sealed class EvidenceRuleTests
{
    private const string HumanCaseSeries = """
        - key: small2020
          authors: Small A, Other B
          title: Outcomes in eight patients
          journal: Case Reports
          year: 2020
          kind: case series
          population: humans
          summary: Eight people, no control group.
        """;

    [Fact]
    public void Human_outcome_cited_only_to_an_animal_study_is_animal_as_human()
    {
        var findings = Lint(TempContent.LibraryEntry, "After treatment, people find relief from low mood [@li2010].");

        findings.Should().ContainSingle(f => f.RuleId == "CL151").Which.Message.Should().Contain("@li2010");
    }

    [Fact]
    public void Animal_finding_named_as_such_is_left_alone()
    {
        Lint(TempContent.LibraryEntry, "In rats, the drug led to new synapses [@li2010].").Should().NotContain(f => f.Category == "animal-as-human");
    }

    [Fact]
    public void Shown_cited_only_to_a_case_series_is_an_overreach_and_a_hedge_makes_it_compliant()
    {
        Lint(HumanCaseSeries, "The infusions have been shown to lift mood [@small2020].").Should().Contain(f => f.RuleId == "CL105");
        Lint(HumanCaseSeries, "In eight patients, mood seemed to lift after the infusions [@small2020].").Should().NotContain(f => f.RuleId == "CL105");
    }

    [Fact]
    public void Citing_a_retracted_paper_is_an_error_wherever_it_is_cited()
    {
        var retracted = HumanCaseSeries.Replace("kind: case series", "kind: trial\n  retracted: true", StringComparison.Ordinal);

        Lint(retracted, "Mood scores fell in a small group of adults [@small2020].")
            .Should().ContainSingle(f => f.RuleId == "CL096").Which.Severity.Should().Be(FindingSeverity.Error);
        Lint(HumanCaseSeries, "Mood scores fell in a small group of adults [@small2020].").Should().NotContain(f => f.RuleId == "CL096");
    }

    private static IReadOnlyList<Finding> Lint(string library, string sentence)
    {
        using var content = TempContent.Minimal(library);
        content.WriteArticle("example", TempContent.FrontMatter() + sentence + "\n");
        return new ClaimLinter(Linted.Rules, new LintOptions { Today = Linted.Today, WorkingDirectory = content.Root }).LintContent(content.Root).Findings;
    }
}
