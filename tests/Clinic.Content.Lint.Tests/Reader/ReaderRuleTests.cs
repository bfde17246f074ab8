using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Reader;

/// <summary>
/// A reader rule (kind 'reader') flags a sentence every other rule let through when the model reads it as a claim, but
/// never a short fragment, a heading or title-case line, a hedged or cited sentence, or a sentence another rule already flagged; and a rules file
/// that asks for a reader without its weights is refused with the line to fix.
/// </summary>
public sealed class ReaderRuleTests
{
    private const string Yaml = """
        features:
          hedge:
            about: Hedges.
            words: [may, some]
        rules:
          - id: CL001
            category: cure-or-guarantee
            kind: banned
            severity: error
            message: Miracle.
            why: Why.
            fix: Fix.
            patterns: ['\bmiracle\b']
          - id: CL900
            category: efficacy-overreach
            kind: reader
            severity: warning
            threshold: 0.6
            message: Reads like a claim.
            why: Why.
            fix: Fix.
            when:
              none: [hedge]
              scope: sentence
        reader:
          about: Test weights.
          bias: 0
          weights:
            "guaranteed": 5
            "relief": 3
        """;

    private static IReadOnlyList<Finding> Lint(string markdown, string yaml = Yaml) =>
        new ClaimLinter(RuleSetLoader.Parse("test.yaml", yaml), new LintOptions()).LintText(markdown, "page.md", DocumentKind.Markdown).Findings;

    [Fact]
    public void A_sentence_the_model_reads_as_a_claim_is_flagged_with_the_words_that_weighed_most()
    {
        var finding = Lint("You will find guaranteed relief at our clinic every single day.").Should().ContainSingle().Subject;

        finding.RuleId.Should().Be("CL900");
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Message.Should().Contain("\"guaranteed\", \"relief\"");
        finding.Text.Should().Be("You will find guaranteed relief at our clinic every single day.");
    }

    [Theory]
    [InlineData("Guaranteed relief today.")]
    [InlineData("Some people may find relief at our clinic after a few sessions.")]
    [InlineData("You will find guaranteed relief at our clinic every single day [1].")]
    [InlineData("The clinic opens at nine on weekdays and on Saturday mornings.")]
    [InlineData("## You will find guaranteed relief at our clinic every single day")]
    [InlineData("Guaranteed Relief at Our Clinic for Every Single Patient")]
    [InlineData("Guaranteed relief at our clinic · Relief that lasts · Book today")]
    public void Fragments_headings_hedged_cited_and_ordinary_sentences_are_left_alone(string text)
    {
        Lint(text).Should().BeEmpty();
    }

    [Fact]
    public void A_link_label_is_left_alone_but_the_same_words_as_a_sentence_are_read()
    {
        const string Html = """
            <html><body><ul><li><a href="/a">You will find guaranteed relief at our clinic every single day</a></li></ul>
            <p>You will find guaranteed relief at our clinic every single day.</p></body></html>
            """;

        var findings = new ClaimLinter(RuleSetLoader.Parse("test.yaml", Yaml), new LintOptions()).LintText(Html, "page.html", DocumentKind.Html).Findings;

        findings.Should().ContainSingle().Which.Span.Line.Should().Be(2);
    }

    [Fact]
    public void The_reader_is_silent_where_a_rule_already_spoke()
    {
        Lint("This miracle brings guaranteed relief at our clinic every day.").RuleIds().Should().Equal("CL001");
    }

    [Fact]
    public void A_reader_rule_without_weights_is_refused_at_its_line()
    {
        var act = () => RuleSetLoader.Parse("test.yaml", Yaml[..Yaml.IndexOf("reader:", StringComparison.Ordinal)]);

        act.Should().Throw<RuleSetException>().WithMessage("*reader rule CL900 needs the rules file's 'reader:' section*");
    }

    [Theory]
    [InlineData("threshold: 0.6", "threshold: 1.5", "*needs 'threshold:' between 0 and 1*")]
    [InlineData("\"relief\": 3", "\"relief\": lots", "test.yaml:30:*the weight of 'relief' must be a number, not 'lots'*")]
    [InlineData("none: [hedge]", "all: [hedge]", "*takes only 'none:' under 'when:'*")]
    public void A_broken_reader_is_refused_with_its_line_and_fix(string from, string to, string message)
    {
        var act = () => RuleSetLoader.Parse("test.yaml", Yaml.Replace(from, to, StringComparison.Ordinal));

        act.Should().Throw<RuleSetException>().WithMessage(message);
    }
}
