using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Matching;

/// <summary>Claims negated or qualified in the compliant direction pass; negations that are the claim still fire.</summary>
public sealed class NegationTests
{
    [Theory]
    [InlineData("Ketamine is not a cure.", "CL001")]
    [InlineData("Ketamine is not a cure for depression.", "CL001")]
    [InlineData("There is no cure for depression, but treatment can help.", "CL001")]
    [InlineData("No treatment works for everyone.", "CL002")]
    [InlineData("Racemic ketamine is not FDA-approved for depression.", "CL020")]
    [InlineData("Esketamine (Spravato) is FDA-approved for treatment-resistant depression.", "CL020")]
    [InlineData("Ketamine is FDA-approved as an anesthetic.", "CL020")]
    [InlineData("Ketamine is not free of side effects.", "CL010")]
    [InlineData("No medicine is completely safe.", "CL011")]
    [InlineData("Ketamine is not risk-free.", "CL011")]
    [InlineData("You cannot get ketamine without a prescription.", "CL021")]
    [InlineData("Never take ketamine without your doctor's guidance.", "CL021")]
    [InlineData("Ketamine is not the same as esketamine.", "CL024")]
    [InlineData("Do not take an extra lozenge if you feel nothing.", "CL052")]
    [InlineData("No clinic can guarantee results.", "CL002")]
    [InlineData("Be wary of any clinic that says ketamine is non-addictive.", "CL012")]
    [InlineData("Be skeptical of any clinic that says ketamine cures depression.", "CL001")]
    [InlineData("More frequent dosing is not better, and your prescriber sets the schedule.", "CL051")]
    [InlineData("It is a myth that ketamine has no side effects.", "CL010")]
    [InlineData("Some clinics claim ketamine cures depression.", "CL001")]
    [InlineData("Ketamine is used to ease symptoms rather than cure depression.", "CL001")]
    [InlineData("Is ketamine FDA-approved for depression?", "CL020")]
    [InlineData("Does ketamine cure depression?", "CL001")]
    [InlineData("Why does ketamine need a prescription?", "CL021")]
    [InlineData("The FDA gave the spray breakthrough therapy designation, which does not mean the drug is proven safe or effective.", "CL102")]
    [InlineData("No study has shown that more sessions give better or longer-lasting results.", "CL141")]
    public void Compliant_sentence_is_not_flagged(string sentence, string rule)
    {
        Linted.Fragment(sentence).RuleIds().Should().NotContain(rule);
    }

    [Theory]
    [InlineData("Low-dose ketamine has no side effects.", "CL010")]
    [InlineData("Ketamine is not addictive.", "CL012")]
    [InlineData("Ketamine is non-addictive.", "CL012")]
    [InlineData("There is no risk of addiction.", "CL012")]
    [InlineData("You don't need a prescription.", "CL021")]
    [InlineData("Treatment without hallucinations or dissociation.", "CL013")]
    [InlineData("It doesn't just relieve symptoms, it cures depression.", "CL001")]
    [InlineData("Ketamine is a well-studied, FDA-approved medication.", "CL020")]
    [InlineData("Ketamine was life-changing for me.", "CL062")]
    public void Negation_that_is_the_claim_still_fires(string sentence, string rule)
    {
        Linted.Fragment(sentence).RuleIds().Should().Contain(rule);
    }

    [Theory]
    // A negation inside a relative clause closed by its comma, however far back the clause began.
    [InlineData("Even our most tired clients, the ones who come in sure that nothing will help, tend to feel far better after the first dose.", "CL041")]
    // "Not anymore," denies the earlier state; what follows its comma is asserted.
    [InlineData("Off-label? Not anymore, now that the FDA has approved IV ketamine for depression.", "CL020")]
    // Doubt the writer once had is not the page distancing itself from the claim.
    [InlineData("\"I was skeptical, but it cured my anxiety,\" writes Dana.", "CL001")]
    public void A_negation_that_ends_before_the_claim_does_not_excuse_it(string sentence, string rule)
    {
        Linted.Fragment(sentence).RuleIds().Should().Contain(rule);
    }

    [Theory]
    [InlineData("Approval as an anaesthetic does not on its own show that ketamine is a proven and lasting treatment for depression.")]
    [InlineData("Nothing in these small studies suggests that the infusions are completely safe for years of use.")]
    [InlineData("The regulator has said it is not aware of any evidence that compounded ketamine lozenges are safer, more effective or faster-acting than approved medicines.")]
    [InlineData("A designation from the regulator has not been shown to mean that our infusions are a proven cure.")]
    public void A_denied_inference_governs_the_rest_of_its_clause(string sentence)
    {
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Fact]
    public void A_denied_inference_does_not_reach_past_a_contrast()
    {
        Linted.Fragment("This does not mean that you should wait for months, but our infusions are proven to work.").Should().NotBeEmpty();
    }

    [Fact]
    public void Negation_in_an_earlier_clause_does_not_excuse_a_later_claim()
    {
        Linted.Fragment("It is not cheap; but ketamine cures depression.").RuleIds().Should().Contain("CL001");
    }

    [Theory]
    [InlineData("Ketamine is not a cure", 19, true)]
    [InlineData("Ketamine is not just a treatment, it is a cure", 42, false)]
    [InlineData("No one should say it is a cure", 26, true)]
    public void Negation_scope_reaches_back_within_the_clause(string sentence, int claimStart, bool negated)
    {
        ClaimContext.IsNegated(sentence, claimStart).Should().Be(negated);
    }

    [Theory]
    [InlineData("Its use is not yet well-established or approved", "approved", true)]
    [InlineData("It is costly, yet approved", "approved", false)]
    [InlineData("No other medication works like our infusions", "infusions", false)]
    [InlineData("Nothing else comes close to this treatment", "treatment", false)]
    [InlineData("If the first dose of the medicine does not work, a higher dose always will", "always", false)]
    [InlineData("If it works, it does not always last", "always", true)]
    public void Not_yet_no_other_and_an_opening_subordinate_clause_scope_a_negation(string sentence, string claim, bool negated)
    {
        ClaimContext.IsNegated(sentence, sentence.IndexOf(claim, StringComparison.Ordinal)).Should().Be(negated);
    }

    [Theory]
    [InlineData("Why stop at one infusion when three back-to-back sessions go deeper?", "CL135")]
    [InlineData("Why suffer another day when ketamine cures depression?", "CL001")]
    public void Rhetorical_why_question_is_judged_as_a_claim(string sentence, string rule)
    {
        Linted.Fragment(sentence).RuleIds().Should().Contain(rule);
    }

    [Fact]
    public void Bibliography_entry_quoting_a_study_title_is_not_a_claim()
    {
        var entry = "Hull TD, et al. At-home, sublingual ketamine telehealth is a safe and effective treatment for moderate to severe anxiety and depression. J Affect Disord. 2022;314:59-67. doi:10.1016/j.jad.2022.07.004";

        Linted.Fragment(entry).Should().BeEmpty();
    }

    [Fact]
    public void Needs_citation_claim_passes_with_a_citation_in_the_same_sentence()
    {
        Linted.Fragment("About 7 in 10 people responded the next day (Zarate et al., 2006).").Should().BeEmpty();
        Linted.Fragment("About 7 in 10 people responded the next day.").RuleIds().Should().Contain("CL032");
    }

    [Fact]
    public void Citation_after_the_full_stop_supports_the_sentence_before_it()
    {
        Linted.Page("This is for education only, not medical advice.\nSeven in ten patients responded. [3]").RuleIds().Should().NotContain("CL032");
    }

    [Fact]
    public void Two_rules_of_one_category_on_the_same_words_report_the_more_severe_once()
    {
        var findings = Linted.Fragment("Approximately 70 percent of patients improve.");

        findings.RuleIds().Should().Equal("CL030");
    }
}
