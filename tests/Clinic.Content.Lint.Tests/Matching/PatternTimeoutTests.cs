using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Tests.Matching;

/// <summary>A rule expression that runs out of time never passes a sentence silently: the sentence is reported unchecked.</summary>
public sealed class PatternTimeoutTests
{
    // Nested repeats over a run of letters with no ';' backtrack for far longer than any time limit.
    private const string Slow = @"(?:\w+\s?)+;";
    private static readonly string Endless = new string('a', 40) + ".";

    private const string Rules = """
        features:
          slow-words:
            about: A list whose expression never finishes on a long word.
            patterns: ['{slow}']
          treatment:
            about: The treatment.
            words: [ketamine]
        rules:
          - id: CL900
            category: cure-or-guarantee
            kind: banned
            severity: error
            message: Says a miracle.
            why: Test rule.
            fix: Do not say it.
            patterns: ['{slow}', '\bmiracle\b']
          - id: CL901
            category: cure-or-guarantee
            kind: banned
            severity: error
            message: Says a wonder.
            why: Test rule.
            fix: Do not say it.
            patterns: ['\bwonder\b']
          - id: CL902
            category: efficacy-overreach
            kind: predicate
            severity: error
            message: Slow words about the treatment.
            why: Test rule.
            fix: Do not say it.
            when:
              all: [treatment, slow-words]
        """;

    private static LintReport Lint(string text)
    {
        var rules = RuleSetLoader.Parse("timeout-rules.yaml", Rules.Replace("{slow}", Slow, StringComparison.Ordinal));
        return new ClaimLinter(rules).LintText(text, "page.md", DocumentKind.Markdown);
    }

    [Fact]
    public void A_pattern_that_times_out_reports_the_sentence_as_not_checked_naming_rule_line_and_fix()
    {
        var report = Lint($"Ketamine is a wonder.\n\nSecond paragraph: {Endless}\n");

        var notChecked = report.Findings.Where(LintFailure.Is).ToList();
        notChecked.Should().Contain(f => f.Message.Contains("Rule CL900") && f.Message.Contains("pattern 1"));
        notChecked.Should().OnlyContain(f => f.File == "page.md" && f.Span.Line == 3 && f.Severity == FindingSeverity.Error
            && f.Fix.Contains("simplify") && f.Fix.Contains("rules file"));
        report.Failures.Should().NotBeEmpty("a run with an unchecked sentence is not complete");
        report.Findings.Should().Contain(f => f.RuleId == "CL901" && f.Span.Line == 1, "the other rules still judge every sentence");
    }

    [Fact]
    public void A_feature_that_times_out_reports_each_rule_that_needs_it()
    {
        var report = Lint($"Ketamine {Endless}");

        report.Findings.Should().Contain(f => LintFailure.Is(f) && f.Message.Contains("Rule CL902") && f.Message.Contains("feature 'slow-words'"));
    }

    [Fact]
    public void A_sentence_the_slow_pattern_can_finish_on_is_judged_as_usual()
    {
        var report = Lint("A miracle cure.");

        report.Findings.Should().ContainSingle().Which.RuleId.Should().Be("CL900");
    }
}
