using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// Round 7 of issue 9: why reference text that uses outcome and comparison words is careful. A result given with the
/// design of the trials it comes from is a reported finding; a sentence about another treatment, or about treatment in
/// general, makes no claim for this one; a research aim is not a result. The same words as the page's own promise are
/// still flagged.
/// </summary>
public sealed class ReferenceVoiceTests
{
    [Theory]
    [InlineData("The drug produced rapid and sustained antidepressant effects in two randomized controlled trials.")]
    [InlineData("The spray worked better than placebo in one of its phase 3 trials but not in the other two.")]
    [InlineData("In a double-blind study, relief within hours was more common with ketamine than with the control drug.")]
    [InlineData("Psychological treatments are effective for milder depression and are usually offered first.")]
    [InlineData("Counselling is effective for many people with mild low mood.")]
    [InlineData("Most people with anxiety improve with treatment, which usually includes medication, psychotherapy or both.")]
    [InlineData("Scientists are working to develop medicines that act faster than today's antidepressants.")]
    [InlineData("The spray plus a tablet was superior to a tablet alone in one of the two short-term studies.")]
    [InlineData("Trial evidence shows that the spray plus a tablet eases symptoms more than placebo plus a tablet.")]
    [InlineData("There are effective treatments for anxiety, and getting help early makes a difference.")]
    [InlineData("Most people recover from an episode of low mood, but it can return.")]
    [InlineData("About half of people who have one episode of depression will have another.")]
    [InlineData("Response was defined as a fall of at least 50% in the rating-scale score.")]
    [InlineData("Tachycardia was reported in approximately 3% of patients and settled within hours.")]
    public void Reported_or_general_statement_is_not_flagged(string sentence)
    {
        Linted.Fragment(sentence).Where(f => RuleCategories.IsClaim(f.Category)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Our infusions bring rapid and robust relief.")]
    [InlineData("Ketamine works better than antidepressants.")]
    [InlineData("Our infusions are effective for mild to moderate depression.")]
    [InlineData("Most people with depression get better with our infusions.")]
    [InlineData("Our protocol acts faster than antidepressants.")]
    [InlineData("Our infusions are superior to tablets.")]
    [InlineData("Studies show that ketamine works for depression.")]
    [InlineData("Most people recover from depression after our infusions.")]
    [InlineData("Only 3% of patients have any raised heart rate, so it is completely safe.")]
    public void The_same_words_as_a_promise_are_flagged(string sentence)
    {
        Linted.Fragment(sentence).Where(f => RuleCategories.IsClaim(f.Category)).Should().NotBeEmpty();
    }
}
