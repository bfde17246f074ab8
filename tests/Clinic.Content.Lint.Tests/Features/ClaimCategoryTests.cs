using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// The fifth round of issue 9: claims a reviewer strikes although they hold no outcome word a list names. Each category
/// (metaphor and idiom, superiority without a superlative, an absolute outcome after "can" or "will", a patient's own
/// account, approval or endorsement, harm denied without naming one, dose raised for a result, medicines stopped, "most
/// people" results) is flagged in words of its own, and stays quiet when hedged, negated, cited or only discussed.
/// </summary>
public sealed class ClaimCategoryTests
{
    [Theory]
    [InlineData("The sessions washed away a decade of gloom.", "CL160")]
    [InlineData("It flips the switch on a tired mind.", "CL160")]
    [InlineData("Our lozenges run circles around the usual tablets.", "CL161")]
    [InlineData("No other medication works like our infusions.", "CL161")]
    [InlineData("This therapy can eradicate the despair that holds you back.", "CL162")]
    [InlineData("When the tablets have let you down, our program will.", "CL162")]
    [InlineData("\"I have my life back,\" one of our clients told us.", "CL122")]
    [InlineData("I walked out of my second session feeling lighter than in years.", "CL123")]
    [InlineData("Our ketamine therapy is recognised by Health Canada for PTSD.", "CL029")]
    [InlineData("Our ketamine program is fully backed by the medical establishment.", "CL163")]
    [InlineData("Lozenges bring none of the drawbacks of pills.", "CL115")]
    [InlineData("We titrate upward every week until it helps.", "CL131")]
    [InlineData("Once your mood lifts, you can ditch your daily tablets.", "CL053")]
    [InlineData("Nearly everyone finds relief from our infusions.", "CL143")]
    public void Claim_without_a_listed_outcome_word_is_flagged_by_its_category(string sentence, string rule)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.RuleId == rule);
    }

    [Theory]
    [InlineData("Some people say the gloom lifted after a few sessions; others feel no change.")]
    [InlineData("Whether the lozenges beat the usual tablets has not been tested.")]
    [InlineData("The nurse can stop the infusion early if your blood pressure rises.")]
    [InlineData("Ketamine can stop working after a few weeks.")]
    [InlineData("One client told us the first session felt strange; experiences vary.")]
    [InlineData("I felt sleepy after my infusion.")]
    [InlineData("Esketamine is approved for adults with treatment-resistant depression.")]
    [InlineData("Ketamine is not yet approved by regulators for anxiety.")]
    [InlineData("The drug is not harmless: it raises blood pressure.")]
    [InlineData("Higher doses raise the risk of dissociation.")]
    [InlineData("Do not stop your antidepressants without talking to your prescriber.")]
    [InlineData("Some people find relief from infusions, and others do not.")]
    public void Hedged_negated_or_factual_sentence_is_not_flagged(string sentence)
    {
        Linted.Fragment(sentence).Where(f => f.Category is not "missing-disclaimer").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ketamine can ease low mood for some people.")]
    [InlineData("The infusion can bring relief within hours.")]
    public void Can_still_hedges_an_ordinary_benefit(string sentence)
    {
        // The annotation policy counts "can" as a hedge for ordinary benefits; only absolute outcomes ignore it.
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ketamine can stop low mood in its tracks.")]
    [InlineData("Ketamine can put an end to your anxiety.")]
    [InlineData("Ketamine carries no abuse potential.")]
    public void Can_or_potential_does_not_hedge_an_absolute(string sentence)
    {
        Linted.Fragment(sentence).Should().NotBeEmpty();
    }
}
