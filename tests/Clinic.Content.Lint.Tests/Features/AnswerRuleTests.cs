using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// Answer rules (CL174-CL179): a claim split across a question and its flat answer ("Is it addictive? Not at all.") is
/// the question's claim, whether the answer follows in the same paragraph or under an FAQ heading; a careful answer,
/// or a flat answer to a question about something else, is not.
/// </summary>
public sealed class AnswerRuleTests
{
    private static readonly string[] AnswerRules = ["CL174", "CL175", "CL176", "CL177", "CL178", "CL179"];

    [Theory]
    [InlineData("Could the spray leave me dependent? No way.", "CL174")]
    [InlineData("Heart problems? Zero.", "CL174")]
    [InlineData("Is the lozenge programme safe? Totally.", "CL175")]
    [InlineData("Do the sessions actually work? Every single time.", "CL176")]
    [InlineData("Can the drug cure my anxiety? It sure can.", "CL177")]
    [InlineData("Will the gloom creep back? Never.", "CL178")]
    [InlineData("That constant worry? A distant memory.", "CL179")]
    public void Flat_answer_carries_the_question_s_claim(string text, string rule)
    {
        Linted.Fragment(text).RuleIds().Should().Contain(rule);
    }

    [Fact]
    public void An_faq_heading_s_question_is_answered_by_the_paragraph_under_it()
    {
        var findings = Linted.Fragment("## Is the spray habit-forming?\n\nAbsolutely not. Most people never think about it again.\n");

        findings.Should().ContainSingle(f => f.RuleId == "CL174").Which.Span.Line.Should().Be(3, "the finding marks the answer");
    }

    [Fact]
    public void The_finding_names_the_word_the_question_asked_about()
    {
        var finding = Linted.Fragment("Is ketamine addictive? Not at all.").Single(f => f.RuleId == "CL174");

        finding.Message.Should().Contain("\"addictive\"").And.Contain("\"Not at all.\"");
        finding.Text.Should().Be("Not at all.");
    }

    [Theory]
    [InlineData("Is it addictive? It can be misused, which is why we never send doses home.")]
    [InlineData("Does it work for everyone? No; about half of patients respond.")]
    [InlineData("Is it addictive? Not usually, but it can be misused.")]
    [InlineData("Is it safe? Yes, when it is given in a clinic with monitoring.")]
    [InlineData("Is it permanent? No.")]
    [InlineData("Are there side effects? Yes.")]
    [InlineData("Is ketamine approved for depression? No.")]
    [InlineData("Do I need a referral for my depression? No.")]
    [InlineData("Is it safe to drive home? No.")]
    [InlineData("Is this my last session? Yes.")]
    public void Careful_or_unrelated_answer_is_not_an_answer_claim(string text)
    {
        Linted.Fragment(text).RuleIds().Should().NotContain(AnswerRules);
    }

    [Fact]
    public void Only_the_sentence_right_after_the_question_answers_it()
    {
        Linted.Fragment("Is it addictive? We hear this question a lot. No.").RuleIds().Should().NotContain(AnswerRules);
    }

    [Fact]
    public void A_question_that_distances_itself_does_not_lend_its_claim()
    {
        Linted.Fragment("Is it a myth that ketamine is addictive? No.").RuleIds().Should().NotContain(AnswerRules);
    }

    [Fact]
    public void Question_features_are_checked_by_the_loader()
    {
        const string Yaml = """
            features:
              answer:
                about: A test list.
                patterns: ['^no\.$']
            rules:
              - id: CL900
                category: safety-absolute
                kind: predicate
                severity: error
                message: Test.
                why: Test.
                fix: Test.
                when:
                  question: [harm]
                  any: [answer]
            """;

        var act = () => RuleSetLoader.Parse("test.yaml", Yaml);

        act.Should().Throw<RuleSetException>().WithMessage("*unknown feature 'harm'*");
    }

    [Fact]
    public void A_rule_with_a_question_judges_only_answers()
    {
        const string Yaml = """
            features:
              harm:
                about: A test list.
                words: [addictive]
              answer:
                about: A test list.
                patterns: ['^no\.$']
            rules:
              - id: CL900
                category: safety-absolute
                kind: predicate
                severity: error
                message: Test.
                why: Test.
                fix: Test.
                when:
                  question: [harm]
                  any: [answer]
            """;
        var rules = RuleSetLoader.Parse("test.yaml", Yaml);
        var linter = new Linting.ClaimLinter(rules, new Linting.LintOptions { Today = Linted.Today, WorkingDirectory = Repo.Root });

        linter.LintText("Is it addictive? No.", "a.md", Linting.DocumentKind.Markdown).Findings.RuleIds().Should().Equal("CL900");
        linter.LintText("No.", "a.md", Linting.DocumentKind.Markdown).Findings.Should().BeEmpty();
        linter.LintText("Is it blue? No.", "a.md", Linting.DocumentKind.Markdown).Findings.Should().BeEmpty();
    }
}
