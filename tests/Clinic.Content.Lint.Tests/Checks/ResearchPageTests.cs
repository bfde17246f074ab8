using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Checks;

/// <summary>A loose page that recruits for a study is a research page, not advertising: its background figures are not outcome claims.</summary>
public sealed class ResearchPageTests
{
    private const string Background = "Standard medicines help only 40 to 50% of teenagers with this illness.";

    private const string Study = """
        A research study of ketamine for teenagers with obsessive thoughts
        This pilot study asks whether one low dose of ketamine can ease symptoms for a few weeks.
        Who is eligible?
        Participants must be 15 to 21 years old and have tried at least one medicine.
        Participants will have three study visits and phone calls in between.
        Study visits and medicines are provided at no cost to you.
        """;

    [Fact]
    public void Research_page_background_figure_is_not_an_uncited_claim_and_needs_no_disclaimer()
    {
        Linted.Page(Background + "\n" + Study).Should().BeEmpty();
    }

    [Fact]
    public void The_same_figure_on_a_clinic_page_is_flagged_and_the_page_needs_the_disclaimer()
    {
        var clinic = Background + "\nOur clinic offers ketamine infusions. Book a consultation with our team today.\n";

        Linted.Page(clinic).Select(f => f.Category).Should().Contain(["uncited-statistic", "missing-disclaimer"]);
    }

    [Fact]
    public void A_clinic_that_mentions_a_study_is_still_a_clinic()
    {
        var page = Background + "\nOur clinic is now enrolling volunteers in a research study of infusions. Contact us to book a consultation with our team.\n";

        Linted.Page(page).Select(f => f.Category).Should().Contain("uncited-statistic");
    }

    [Fact]
    public void A_research_page_still_answers_for_claims_about_the_treatment()
    {
        var findings = Linted.Page("Ketamine is completely safe and non-addictive.\n" + Study);

        findings.Select(f => f.Category).Should().Contain("safety-absolute").And.Contain("missing-disclaimer");
    }

    [Fact]
    public void One_or_two_study_words_do_not_make_a_research_page()
    {
        Linted.Page(Background + "\nVolunteers are welcome in this research study.\n").Select(f => f.Category).Should().Contain("uncited-statistic");
    }
}
