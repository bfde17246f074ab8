using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Suppressions;

public sealed class SuppressionTests
{
    [Fact]
    public void Disable_next_line_with_a_reason_hides_that_rule_on_the_next_line_and_is_listed()
    {
        var report = Lint("""
            <!-- claim-lint disable-next-line CL003: quoting a 1990s headline to correct it -->
            Newspapers once called ketamine a miracle.

            Ketamine is a miracle.
            """);

        report.Findings.Should().ContainSingle(f => f.RuleId == "CL003" && f.Span.Line == 4);
        report.Suppressions.Should().ContainSingle(s => s.Reason == "quoting a 1990s headline to correct it" && s.Suppressed == 1 && s.FirstLine == 2);
        report.Hidden.Should().ContainSingle(h => h.Finding.Span.Line == 2);
    }

    [Fact]
    public void Disable_and_enable_cover_the_lines_between_them_only()
    {
        var report = Lint("""
            <!-- claim-lint disable CL003, CL011: the quiz below lists myths on purpose -->
            Ketamine is a miracle.

            Ketamine is 100% safe.
            <!-- claim-lint enable CL003, CL011 -->
            Ketamine is a miracle.
            """);

        report.Findings.Should().ContainSingle(f => f.RuleId == "CL003" && f.Span.Line == 6);
        report.Suppressions.Should().HaveCount(2).And.OnlyContain(s => s.FirstLine == 1 && s.LastLine == 5);
    }

    [Fact]
    public void Suppression_without_a_reason_is_an_error_and_hides_nothing()
    {
        var report = Lint("""
            <!-- claim-lint disable-next-line CL003 -->
            Ketamine is a miracle.
            """);

        report.Findings.Select(f => f.RuleId).Should().BeEquivalentTo(["CL083", "CL003"]);
        report.Findings.Single(f => f.RuleId == "CL083").Severity.Should().Be(Findings.FindingSeverity.Error);
    }

    [Fact]
    public void Suppression_of_an_unknown_rule_is_reported()
    {
        var report = Lint("<!-- claim-lint disable-next-line CL999: typo -->\nText.\n");

        report.Findings.Should().ContainSingle(f => f.RuleId == "CL083" && f.Message.Contains("CL999", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_comments_in_html_pages_suppress_too()
    {
        var html = "<p>This is not medical advice.</p>\n<!-- claim-lint disable-next-line CL003: product name -->\n<p>Miracle Grow garden centre sponsors our clinic.</p>";

        Linted.Linter().LintText(html, "p.html", DocumentKind.Html, isPage: true).Findings.Should().BeEmpty();
    }

    private static LintReport Lint(string markdown) => Linted.Linter().LintText(markdown, "s.md", DocumentKind.Markdown);
}
