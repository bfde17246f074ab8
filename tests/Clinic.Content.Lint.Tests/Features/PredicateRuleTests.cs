using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>Predicate rules fire on what a claim is (features in one clause), not on one phrasing, and stay quiet when qualified.</summary>
public sealed class PredicateRuleTests
{
    [Theory]
    [InlineData("The infusions always bring relief for long-standing sadness.", "CL101")]
    [InlineData("Our protocol is effective for stubborn low mood.", "CL100")]
    [InlineData("Each visit is a revolutionary step for your mood treatment.", "CL102")]
    [InlineData("The drug has been proven to ease dark thoughts.", "CL103")]
    [InlineData("You are going to be safe the whole time.", "CL110")]
    [InlineData("This medicine does not bring on cravings.", "CL111")]
    [InlineData("The drug's safety record is well-established.", "CL112")]
    [InlineData("The therapy is safer than daily pills.", "CL113")]
    [InlineData("In our experience this treatment is the most effective choice.", "CL120")]
    [InlineData("Needing more sessions is a sign of success.", "CL130")]
    [InlineData("Usually, people get lasting relief from the course.", "CL140")]
    [InlineData("The drug regrows synapses lost to stress.", "CL150")]
    [InlineData("It increases the growth of new synapses.", "CL150")]
    public void Claim_in_new_words_is_flagged_by_its_predicate(string sentence, string rule)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.RuleId == rule);
    }

    [Theory]
    [InlineData("The infusions may be effective for some people with long-standing sadness.")]
    [InlineData("Our protocol is effective for stubborn low mood [@newport2015].")]
    [InlineData("According to the National Institute of Mental Health, the treatment is effective for some adults.")]
    [InlineData("In rats, the drug regrew synapses lost to stress.")]
    [InlineData("Synaptogenesis means the making of new synapses between nerve cells.")]
    [InlineData("We make sure the room is a safe space.")]
    [InlineData("The medicine is highly effective for short surgical procedures.")]
    [InlineData("Be wary of any clinic that says the therapy is safer than daily pills.")]
    [InlineData("The drug was found to have rapid antidepressant effects in a trial.")]
    public void Qualified_or_attributed_sentence_is_not_flagged(string sentence)
    {
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Fact]
    public void Finding_names_its_claim_words_and_what_would_make_it_compliant()
    {
        var finding = Linted.Fragment("The infusions always bring relief for long-standing sadness.").Single(f => f.RuleId == "CL101");

        finding.Message.Should().Contain("Claim words:").And.Contain("\"always\"").And.Contain("\"relief\"");
        finding.Fix.Should().Contain("hedge").And.Contain("citation");
    }

    [Theory]
    [InlineData("Nothing shows that higher doses are safer.")]
    [InlineData("It is not safe to drive after a session.")]
    [InlineData("The treatment is not effective for everyone, but it helps some.")]
    public void Negation_in_the_clause_cancels_the_claim(string sentence)
    {
        Linted.Fragment(sentence).Should().NotContain(f => f.RuleId == "CL110" || f.RuleId == "CL113" || f.RuleId == "CL100");
    }

    [Theory]
    [InlineData("The drug has no side effects.")]
    [InlineData("It is not a cure; the drug is very safe.")]
    public void Negation_that_is_the_claim_or_sits_in_another_clause_still_fires(string sentence)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.Category == "safety-absolute");
    }

    [Fact]
    public void Promotional_loose_page_needs_the_disclaimer_and_a_reference_page_does_not()
    {
        var reference = "The agency approved the drug as an anesthetic in 1970.\nResearchers are studying other uses.\n";
        var promotional = "Our clinic offers infusions for low mood.\nCall us to book.\n";

        Linted.Page(reference).Should().NotContain(f => f.Category == "missing-disclaimer");
        Linted.Page(promotional).Should().Contain(f => f.Category == "missing-disclaimer");
        Linted.Page(reference, sitePage: true).Should().Contain(f => f.Category == "missing-disclaimer");
    }
}
