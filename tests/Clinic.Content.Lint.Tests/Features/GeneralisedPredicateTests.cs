using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// The predicates added so the linter generalises beyond the corpus it was tuned on (issue 9): each fires on a claim
/// in words no list holds verbatim, and each stays quiet when the claim is hedged, cited, negated or only discussed.
/// </summary>
public sealed class GeneralisedPredicateTests
{
    [Theory]
    [InlineData("Leading researchers agree that the drug is the future of mood care.", "CL106")]
    [InlineData("These lozenges succeed where other medications fell short.", "CL107")]
    [InlineData("Our infusions relieve every type of low mood.", "CL108")]
    [InlineData("Our sessions are the treatment of choice for stubborn low mood.", "CL109")]
    [InlineData("Daily tablets merely mask the symptoms of low mood.", "CL048")]
    [InlineData("Relax: there is nothing to worry about with the medicine.", "CL114")]
    [InlineData("Dozens of veterans have found relief through our program.", "CL121")]
    [InlineData("The calm you gain from our program will stay with you.", "CL141")]
    [InlineData("You'll feel happier after your very first session.", "CL142")]
    [InlineData("Our lozenges provide lasting relief from dark moods.", "CL100")]
    public void Claim_in_new_words_is_flagged_by_its_predicate(string sentence, string rule)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.RuleId == rule);
    }

    [Theory]
    [InlineData("Some researchers think the drug may matter for mood care.")]
    [InlineData("The lozenges may help some people when other medications fell short.")]
    [InlineData("The medicine does not relieve every type of low mood.")]
    [InlineData("Whether these sessions are the best option for you is something to discuss with your doctor.")]
    [InlineData("Hundreds of people took part in the trial [2].")]
    [InlineData("The calm some people feel may fade within weeks.")]
    [InlineData("We cannot say that you will feel happier.")]
    [InlineData("Talking therapy is effective for many people.")]
    public void Qualified_negated_or_discussed_sentence_is_not_flagged(string sentence)
    {
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Some websites falsely claim that the drug has no side effects.")]
    [InlineData("Be cautious of anyone selling a guaranteed cure for low mood.")]
    [InlineData("Other clinics wrongly promise that the drug is completely safe.")]
    [InlineData("Reports that the drug is harmless are wrong.")]
    [InlineData("Be suspicious of sellers who offer the drug without a prescription.")]
    public void Warning_about_someone_else_s_claim_is_not_the_page_s_claim(string sentence)
    {
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Stop suffering.", "CL168")]
    [InlineData("Don't let low moods and sleepless nights steal another year.", "CL168")]
    [InlineData("Fed up with the dread and ready to feel alive again?", "CL169")]
    [InlineData("Numb on your pills? There's another way.", "CL170")]
    [InlineData("The difference is huge, and it is real.", "CL171")]
    [InlineData("Goodbye to the gloom, hello to living.", "CL001")]
    [InlineData("The heaviness begins to clear after the second session.", "CL167")]
    [InlineData("Our Spravato centre offers an FDA-approved treatment for PTSD and OCD.", "CL172")]
    [InlineData("Since ketamine is approved, our infusion program is approved too.", "CL173")]
    [InlineData("If you do not feel a difference after two sessions, the third is on us.", "CL002")]
    [InlineData("Once we have treated it, your anxiety will not come back.", "CL004")]
    [InlineData("We put an end to your battle with PTSD.", "CL001")]
    public void Command_hook_and_verdict_claims_are_flagged(string sentence, string rule)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.RuleId == rule);
    }

    [Fact]
    public void A_rhetorical_sales_question_is_judged_while_a_real_question_asks_nothing()
    {
        Linted.Fragment("What if you could wake up next week free of the dread?").Should().Contain(f => f.RuleId == "CL169");
        Linted.Fragment("Why keep trying pill after pill when our infusions are a game changer?").Should().NotBeEmpty();
        Linted.Fragment("What if the infusions do not work for me?").Should().BeEmpty();
        Linted.Fragment("Why does ketamine work so fast for some people?").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Stop eating six hours before your infusion.")]
    [InlineData("Tired of the drive? We also offer follow-up calls by video.")]
    [InlineData("Ready to talk? Some people feel better within days, and others need more time or do not respond.")]
    [InlineData("There is more than one way to pay for your sessions.")]
    [InlineData("The change is gradual for most people, and it does not come for everyone.")]
    [InlineData("Buying ketamine online without a prescription is illegal and dangerous.")]
    [InlineData("No referral is needed for the first phone call with our coordinator.")]
    [InlineData("No treatment can promise that your depression will not come back.")]
    [InlineData("In the STAR*D study, about a third of participants reached remission with their first antidepressant.")]
    [InlineData("Spravato is approved for adults with treatment-resistant depression.")]
    public void Logistics_hedged_hooks_and_warnings_stay_quiet(string sentence)
    {
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("A responder is someone whose score falls by 50 percent or more.")]
    [InlineData("About 7% of adults live with this illness each year.")]
    [InlineData("About 1 in 10 people on the spray felt dizzy (FDA prescribing information).")]
    public void Definitions_prevalence_and_sourced_figures_are_not_outcome_claims(string sentence)
    {
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Around sixty percent of clients improve after six sessions.")]
    [InlineData("Clients are four times more likely to recover with our program.")]
    [InlineData("Our relapse rate is half the national figure and our remission rate is double.")]
    public void Spelled_out_and_relative_outcome_figures_need_a_citation(string sentence)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.Category == "uncited-statistic");
    }
}
