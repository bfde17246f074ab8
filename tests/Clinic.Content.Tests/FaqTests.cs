namespace Clinic.Content.Tests;

public sealed class FaqTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Every_second_level_heading_is_a_question_with_the_text_under_it_as_its_answer()
    {
        content.Write("faq.md", TempContent.ArticleText("""
            Intro text.

            ## Is ketamine addictive?

            It can be misused [@fda2019].

            - point one

            ## Do I need a prescription?

            Yes.
            """, title: "Questions"));

        var faq = content.Load().Faq!;

        faq.Questions.Select(q => (q.Id, q.Question)).Should().Equal(
            ("is-ketamine-addictive", "Is ketamine addictive?"),
            ("do-i-need-a-prescription", "Do I need a prescription?"));
        faq.Questions[0].AnswerHtml.Should().Contain("misused").And.Contain("point one").And.Contain("#ref-fda2019");
        faq.Questions[1].AnswerHtml.Should().Contain("Yes.").And.NotContain("misused");
        faq.IntroHtml.Should().Contain("Intro text.").And.NotContain("addictive");
        faq.Questions[1].Line.Should().Be(19);
    }
}
