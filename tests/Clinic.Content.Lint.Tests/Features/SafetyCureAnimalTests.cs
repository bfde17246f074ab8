using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// Round 9 (general9n): harms played down or called myths, tolerability promised to everyone, conditions promised to
/// end, remission claimed for the clinic's own patients, and lab findings carried over to people (CL213-CL220), with
/// the two reading fixes they needed ("No." as an answer ends its sentence; a relative clause negates only itself).
/// </summary>
public sealed class SafetyCureAnimalTests
{
    [Theory]
    [InlineData("Honestly, the dizziness people mention is just a pleasant floaty sensation.", "CL213")]
    [InlineData("Dependence isn't a real concern with supervised dosing.", "CL213")]
    [InlineData("Patients of all ages tolerate the lozenges without trouble.", "CL214")]
    [InlineData("Once the course is over, your panic attacks will stop.", "CL215")]
    [InlineData("Sustained remission is what our clients reach.", "CL216")]
    [InlineData("Lab studies prove the spray rebuilds lost synapses.", "CL217")]
    [InlineData("The infusions are perfectly fine for older adults.", "CL218")]
    [InlineData("Ketamine prevents depression from developing after a loss.", "CL219")]
    [InlineData("Bladder damage is a myth with medical ketamine.", "CL220")]
    public void A_claim_in_new_words_is_caught_by_its_mechanism(string text, string rule)
    {
        Linted.Fragment(text).RuleIds().Should().Contain(rule);
    }

    [Theory]
    [InlineData("Dissociation is common and can be unpleasant; it usually fades within two hours.")]
    [InlineData("Not everyone tolerates the lozenges, and some people stop because of nausea.")]
    [InlineData("If it helps, your symptoms may ease over the following weeks.")]
    [InlineData("Cell-culture experiments show more BDNF signalling after ketamine exposure.")]
    [InlineData("It is a myth that ketamine is harmless; it can damage the bladder.")]
    [InlineData("Researchers are testing whether ketamine given after trauma might prevent PTSD.")]
    public void A_careful_sentence_with_the_same_words_is_not_flagged(string text)
    {
        Linted.Fragment(text).Where(f => RuleCategories.IsClaim(f.Category)).Should().BeEmpty();
    }

    [Fact]
    public void A_flat_no_before_a_capital_is_an_answer_and_does_not_excuse_the_next_sentence()
    {
        Linted.Fragment("Is ketamine addictive? No. At our doses it is completely non-habit-forming.").RuleIds()
            .Should().Contain("CL174").And.Contain("CL012");
    }

    [Fact]
    public void A_negation_inside_a_relative_clause_does_not_govern_the_main_clause()
    {
        Linted.Fragment("For people who cannot take SSRIs, ketamine is a perfectly safe alternative.").RuleIds()
            .Should().Contain("CL011");
    }

    [Fact]
    public void A_distanced_value_other_than_skip_or_judge_is_rejected()
    {
        const string Yaml = """
            features:
              harm:
                about: A test list.
                words: [myth]
            rules:
              - id: CL900
                category: safety-absolute
                kind: predicate
                severity: error
                message: Test.
                why: Test.
                fix: Test.
                when:
                  any: [harm]
                  distanced: always
            """;

        var act = () => RuleSetLoader.Parse("test.yaml", Yaml);

        act.Should().Throw<RuleSetException>().WithMessage("*unknown 'distanced:' value 'always'*");
    }
}
