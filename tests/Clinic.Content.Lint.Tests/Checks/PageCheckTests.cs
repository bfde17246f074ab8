using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Checks;

public sealed class PageCheckTests
{
    private const string Body = "Ketamine acts on glutamate. In rats, it led to new synapses [@li2010].\n";

    [Theory]
    [InlineData("2026-10-01", null)]
    [InlineData("2026-09-01", FindingSeverity.Warning)]
    [InlineData("2026-07-01", FindingSeverity.Error)]
    public void Overdue_review_is_a_warning_then_an_error_after_90_days(string nextReview, FindingSeverity? expected)
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        content.WriteArticle("a", TempContent.FrontMatter("2025-06-01", nextReview) + Body);
        var today = DateOnly.Parse(nextReview, System.Globalization.CultureInfo.InvariantCulture).AddDays(expected switch
        {
            null => -1,
            FindingSeverity.Warning => 30,
            _ => 120,
        });

        var findings = Lint(content, today);

        findings.Where(f => f.RuleId == "CL082").Select(f => (FindingSeverity?)f.Severity).SingleOrDefault().Should().Be(expected);
    }

    [Fact]
    public void Missing_reviewer_is_reported_once_at_the_front_matter()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        content.WriteArticle("a", TempContent.FrontMatter(reviewer: false) + Body);

        var findings = Lint(content);

        findings.Should().ContainSingle(f => f.RuleId == "CL080");
        findings.Should().NotContain(f => f.RuleId == "CC002");
    }

    [Fact]
    public void Unknown_citation_is_reported_at_the_key()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        content.WriteArticle("a", TempContent.FrontMatter() + "In rats, it led to new synapses [@li2011].\n");

        var finding = Lint(content).Single(f => f.RuleId == "CL090");

        finding.Span.Line.Should().Be(8);
        finding.Span.Column.Should().Be(34);
    }

    [Fact]
    public void Unused_reference_and_malformed_identifiers_are_reported_in_the_library()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry.Replace("10.1126/science.1190287", "science.1190287", StringComparison.Ordinal)
            .Replace("\"20724638\"", "PMID20724638", StringComparison.Ordinal));
        content.WriteArticle("a", TempContent.FrontMatter() + "Ketamine acts on glutamate.\n");

        var ids = Lint(content).Where(f => f.File.EndsWith("references.yaml", StringComparison.Ordinal)).Select(f => f.RuleId);

        ids.Should().BeEquivalentTo(["CL091", "CL092", "CL093"]);
    }

    [Fact]
    public void Hard_article_body_is_flagged_for_readability_and_plain_one_is_not()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        content.WriteArticle("hard", TempContent.FrontMatter() +
            "Ketamine's antidepressant pharmacodynamics reportedly involve N-methyl-D-aspartate receptor antagonism and consequent synaptogenesis within prefrontal cortical microcircuitry [@li2010].\n");
        content.WriteArticle("plain", TempContent.FrontMatter() + Body);

        var findings = Lint(content).Where(f => f.RuleId == "CL095").ToList();

        findings.Should().ContainSingle().Which.File.Should().EndWith("hard.md");
        findings[0].Message.Should().Contain("grade");
    }

    [Fact]
    public void Claims_in_front_matter_title_and_summary_point_at_the_yaml_value()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        content.WriteArticle("a", "---\ntitle: The miracle of ketamine\nsummary: >-\n  It is a plain guide, and ketamine is\n  non-addictive.\nauthor: A\nreviewer: B, MD\nreviewed: 2026-11-01\n---\n" + Body);

        var findings = Lint(content);

        findings.Should().Contain(f => f.RuleId == "CL003" && f.Span == new SourceRange(2, 12, 2, 19));
        findings.Should().Contain(f => f.RuleId == "CL012" && f.Span.Line == 5 && f.Span.Column == 3);
    }

    [Fact]
    public void Content_model_problems_are_reported_with_their_codes()
    {
        using var content = TempContent.Minimal(TempContent.LibraryEntry);
        content.WriteArticle("a", "No front matter here.\n");

        Lint(content).Should().Contain(f => f.RuleId == "CC008" && f.Category == "review-process");
    }

    [Fact]
    public void Rendered_page_needs_both_disclaimer_and_crisis_notice()
    {
        var linter = Linted.Linter();

        linter.LintRenderedPage("<p>It is not medical advice.</p>", "/faq").Select(f => f.RuleId).Should().Equal("CL071");
        linter.LintRenderedPage("<p>If in crisis call 988.</p>", "/faq").Select(f => f.RuleId).Should().Equal("CL070");
        linter.LintRenderedPage("<p>It is not medical advice. If in crisis call 988.</p>", "/faq").Should().BeEmpty();
    }

    private static IReadOnlyList<Finding> Lint(TempContent content, DateOnly? today = null) =>
        new ClaimLinter(Linted.Rules, new LintOptions { Today = today ?? Linted.Today, WorkingDirectory = content.Root })
            .LintContent(content.Root).Findings;
}
