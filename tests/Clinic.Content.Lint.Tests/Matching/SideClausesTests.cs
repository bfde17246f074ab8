using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Matching;

/// <summary>A hedge or caveat in a side clause qualifies that clause only: the main clause is judged without it.</summary>
public sealed class SideClausesTests
{
    [Theory]
    [InlineData("Panic attacks, which can take months to settle with usual care, are typically gone after one infusion.", "Panic attacks are typically gone after one infusion.")]
    [InlineData("While pills may take weeks, ketamine clears low mood in an afternoon.", "ketamine clears low mood in an afternoon.")]
    [InlineData("Whether you have tried two medicines or ten, our infusions work.", "our infusions work.")]
    [InlineData("Our nurse reminds people that while tablets might need a month, ketamine acts at once.", "Our nurse reminds people that ketamine acts at once.")]
    [InlineData("Because it works on glutamate, it succeeds where other medicines fail.", "it succeeds where other medicines fail.")]
    [InlineData("The numbers may sound too good to be true, but nine in ten of our clients recover.", "nine in ten of our clients recover.")]
    [InlineData("Researchers found that one infusion restores memory and focus within a day.", "one infusion restores memory and focus within a day.")]
    [InlineData("Where pills may need six weeks, ketamine works in an hour.", "ketamine works in an hour.")]
    public void The_main_clause_is_read_without_the_side_clause(string sentence, string expected)
    {
        var shortened = SideClauses.Without(sentence);

        shortened.Should().NotBeNull();
        shortened!.Value.Text.Should().Be(expected);
        // Each kept character points back to where it stands in the sentence, so a finding marks the right words.
        shortened.Value.Origin.Select(i => sentence[i]).Should().Equal(expected);
    }

    [Theory]
    // Restrictive: no comma before "who", so the clause says which people.
    [InlineData("People who cannot take SSRIs may be offered ketamine.")]
    // At the end, or followed by "and": it may be about the whole main clause.
    [InlineData("Reports of fast effects come from hospital studies, which may not reflect home use.")]
    [InlineData("My mood lifted after two sessions, which is not proof it works, and I still see my therapist.")]
    [InlineData("Ketamine is an anaesthetic.")]
    // What follows the "but" is the limit itself, or nothing was conceded before it.
    [InlineData("Studies in mice look promising, but findings in animals often fail to carry over to people.")]
    [InlineData("Annoying, but that is the rule for a reason.")]
    // A study named by its year and kind is a source, not an unnamed one.
    [InlineData("A 2015 meta-analysis showed that about half of participants responded.")]
    public void A_sentence_without_a_side_clause_is_left_alone(string sentence)
    {
        SideClauses.Without(sentence).Should().BeNull();
    }

    [Theory]
    [InlineData("Panic attacks, which can take months to settle with usual care, are typically gone after one infusion.")]
    [InlineData("Whether you have tried two medicines or twelve, ketamine usually breaks through by the end of your first visit.")]
    [InlineData("Some websites may warn about bladder damage, but at clinical doses that risk is zero.")]
    public void A_claim_behind_a_hedged_side_clause_is_flagged(string sentence)
    {
        Linted.Fragment(sentence).RuleIds().Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Esketamine, which the FDA approved in 2019 for treatment-resistant depression, is given under supervision in a certified clinic.")]
    [InlineData("While some people feel better within a day, others need several sessions and some do not respond.")]
    [InlineData("Although early trials may look promising, the benefit often fades within a week.")]
    public void A_careful_sentence_with_a_side_clause_passes(string sentence)
    {
        Linted.Fragment(sentence).RuleIds().Should().BeEmpty();
    }

    [Fact]
    public void The_finding_marks_the_claim_in_the_whole_sentence()
    {
        const string sentence = "Panic attacks, which can take months to settle with usual care, are typically gone after one infusion.";

        var finding = Linted.Fragment(sentence).Should().ContainSingle().Subject;

        // The claim's words found in the shortened sentence, marked where they stand in the whole one.
        sentence.Should().StartWith(finding.Text);
        finding.Text.Should().EndWith("are typically gone");
    }
}
