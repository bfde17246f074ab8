using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// Dose escalation by shape (CL180-CL183): an instruction to take more, more dosing tied to an amplified result, a dose
/// figure sold as the recipe, and dosing left to how the reader feels; each stays quiet when a prescriber decides,
/// the text warns of harm, cites a trial, describes a label, or only negates the instruction.
/// </summary>
public sealed class DoseEscalationTests
{
    [Theory]
    [InlineData("If the lozenge feels weak after twenty minutes, just take another.")]
    [InlineData("Feeling low again by evening? Repeat your dose.")]
    [InlineData("Keep topping up so the calm never slips.")]
    [InlineData("A deeper, full-strength dose unlocks the biggest breakthroughs.")]
    [InlineData("The stronger the journey, the bigger the shift.")]
    [InlineData("Our protocol peaks at 1.5 mg/kg for maximum results.")]
    [InlineData("Spray again whenever the low comes back.")]
    [InlineData("Raise your dose a little each night until the fog clears.")]
    public void Escalation_in_new_words_is_a_dose_escalation_finding(string sentence)
    {
        // Of two overlapping findings of one category only one is kept, so an older dose rule may be the one reported;
        // Fixtures/rules/CL180-CL183.yaml pin each new rule on its own.
        Linted.Fragment(sentence).Should().Contain(f => f.Category == "dose-escalation");
    }

    [Theory]
    [InlineData("Never take another lozenge to feel a stronger effect.")]
    [InlineData("The prescriber may raise the dose to 84 mg after assessing your response.")]
    [InlineData("Higher doses raise the risk of dissociation.")]
    [InlineData("A dose-ranging trial compared four doses of IV ketamine against an active placebo [@fava2020].")]
    [InlineData("A second series is sometimes offered after a review with your doctor.")]
    [InlineData("The label gives 56 mg or 84 mg twice a week in the first month.")]
    [InlineData("If the effect fades, call us rather than taking more on your own.")]
    public void Prescriber_label_warning_or_research_is_not_flagged(string sentence)
    {
        Linted.Fragment(sentence).Select(f => f.RuleId).Should().NotContain(["CL180", "CL181", "CL182", "CL183"]);
    }
}
