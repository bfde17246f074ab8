using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// Round 7 of issue 9: reference pages (drug labels, trial abstracts, reviews, epidemiology) give figures without a
/// citation in the sentence because the sentence itself says where the figure comes from: the trial's comparison arm
/// or statistics, the population with a condition it describes, or the harm it discloses. The same figure boasted by a
/// clinic, or a harm played down ("only 1%"), is still flagged.
/// </summary>
public sealed class ReportedFigureTests
{
    [Theory]
    [InlineData("Vomiting was reported by 11% of patients on the spray and 3% of those on placebo.")]
    [InlineData("Headache occurred in 20% of treated patients compared with 14% of placebo-treated patients.")]
    [InlineData("At week 4, 44% of the ketamine group and 39% of the control group were in remission.")]
    [InlineData("The risk of relapse fell by 45% (95% CI, 20% to 62%) against the comparison arm.")]
    [InlineData("In a double-blind trial of 120 adults, response at one week was 52% versus 30%.")]
    [InlineData("Pooled remission rates were 30% at one day and 20% at one week.")]
    [InlineData("Reported response rates vary widely across studies, from 25% to 70% of participants.")]
    [InlineData("About 20% of people with bipolar disorder also have an anxiety disorder.")]
    [InlineData("Roughly 1 in 3 adults with depression meet the criteria for treatment resistance.")]
    [InlineData("Emergence delirium occurred in 9% of children given the drug for surgery.")]
    [InlineData("Each year, about 1 in 12 adults has an episode of major depression.")]
    [InlineData("About 40% of people who attempt suicide had a depressive disorder.")]
    [InlineData("In the trials, 5% of patients stopped treatment because of dizziness.")]
    public void Figure_that_says_where_it_comes_from_is_not_flagged(string sentence)
    {
        Linted.Fragment(sentence).Where(f => f.Category is "uncited-statistic").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Vomiting is rare: just 3% of patients on the spray notice it, and 70% of patients respond.", "CL030")]
    [InlineData("About 75 percent of our patients improve within two sessions.", "CL030")]
    [InlineData("Our remission rate is 60%, twice the national figure.", "CL030")]
    [InlineData("Seven in ten people with depression feel better after a single infusion.", "CL032")]
    [InlineData("Studies show that 80% of people with PTSD respond to ketamine.", "CL030")]
    [InlineData("Only 1% of patients reported any side effects.", "CL030")]
    [InlineData("Side effects are rare, reported by 2% of our patients.", "CL030")]
    [InlineData("In our own randomized comparison, 85% of our patients responded versus 20% on placebo.", "CL030")]
    [InlineData("Pooled data from our three clinics show a 90% success rate.", "CL030")]
    [InlineData("About half of people with PTSD also have depression, and ketamine treats both.", "CL032")]
    [InlineData("About 90% of people who had depression for years have none after our infusions.", "CL030")]
    public void Figure_boasted_without_its_source_is_still_flagged(string sentence, string rule)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.RuleId == rule);
    }

    [Fact]
    public void A_needs_citation_rule_may_only_name_features_that_account_for_its_claim()
    {
        const string Yaml = """
            features:
              report:
                about: A test list.
                words: [placebo]
            rules:
              - id: CL900
                category: uncited-statistic
                kind: needs-citation
                severity: error
                message: Test.
                why: Test.
                fix: Test.
                patterns: ['\d+%']
                when:
                  all: [report]
            """;

        var act = () => RuleSetLoader.Parse("test.yaml", Yaml);

        act.Should().Throw<RuleSetException>().WithMessage("*takes only 'none:'*");
    }

    [Fact]
    public void A_needs_citation_rule_is_accounted_for_by_the_features_it_names()
    {
        const string Yaml = """
            features:
              report:
                about: A test list.
                words: ["placebo arm"]
            rules:
              - id: CL900
                category: uncited-statistic
                kind: needs-citation
                severity: error
                message: Test.
                why: Test.
                fix: Test.
                patterns: ['\d+%']
                when:
                  none: [report]
                  scope: sentence
            """;
        var rules = RuleSetLoader.Parse("test.yaml", Yaml);
        var linter = new Linting.ClaimLinter(rules, new Linting.LintOptions { Today = Linted.Today, WorkingDirectory = Repo.Root });

        linter.LintText("It worked for 60% of people.", "a.md", Linting.DocumentKind.Markdown).Findings.RuleIds().Should().Equal("CL900");
        linter.LintText("Nausea: 12% in the active arm, 4% in the placebo arm.", "a.md", Linting.DocumentKind.Markdown).Findings.Should().BeEmpty();
    }
}
