using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Cli.Tests;

public sealed class ReviewSignTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private const string Reviewer = "Dr Jane Doe, MD, Psychiatrist";
    private readonly TempContent content = TempContent.CopyOfShipped();

    public ReviewSignTests()
    {
        var site = File.ReadAllText(content.PathOf("site.yaml"));
        content.Write("site.yaml", site + """
              - name: Dr Jane Doe
                credentials: MD, psychiatrist
                profile: Reviews the clinic's pages on safety and dosing.

            """);
    }

    public void Dispose() => content.Dispose();

    private string Draft => content.PathOf("articles/what-a-session-is-like.md");

    [Fact]
    public void A_new_article_is_an_unsigned_draft_with_empty_reviewer_and_date_that_the_public_site_does_not_show()
    {
        CliRun.Of(Today, "new", "article", "What a session is like", "--content", content.Root).Exit.Should().Be(0);

        var text = File.ReadAllText(Draft);
        text.Should().Contain("\nreviewer:\n").And.Contain("\nreviewed:\n").And.Contain("\ndraft: true\n");
        var snapshot = ContentLoader.Load(content.Root);
        var article = snapshot.FindArticle("what-a-session-is-like", PublicationPolicy.Preview)!;
        article.FrontMatter.IsSignedOff.Should().BeFalse();
        article.Diagnostics.Should().ContainSingle(d => d.Message.Contains("'summary'"), "the placeholder summary is flagged until it is written");
        snapshot.FindArticle("what-a-session-is-like", PublicationPolicy.Production).Should().BeNull();
    }

    [Fact]
    public void Sign_off_is_refused_while_the_page_has_lint_errors_and_the_page_is_left_as_it_was()
    {
        WriteDraft("Ketamine cures depression for good.");
        var before = File.ReadAllText(Draft);

        var (exit, output, error) = CliRun.Of(Today, "review", "sign", Draft, "--reviewer", Reviewer);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("was NOT signed off").And.Contain("CL0");
        File.ReadAllText(Draft).Should().Be(before);
        File.Exists(content.PathOf("reviews/articles/what-a-session-is-like.md")).Should().BeFalse();
    }

    [Fact]
    public void Sign_off_records_who_when_and_the_next_review_and_the_page_then_lints_clean()
    {
        WriteDraft("In one small trial, some people felt less depressed for about a week after one dose [@berman2000].");

        var (exit, output, error) = CliRun.Of(Today, "review", "sign", Draft, "--reviewer", Reviewer);

        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().Contain("reviewed by Dr Jane Doe, MD, Psychiatrist on 2026-12-01; next review due 2027-12-01");
        var front = ContentLoader.Load(content.Root).Articles.Single(a => a.SourcePath == Draft).FrontMatter;
        front.Reviewer.Should().Be(Reviewer);
        front.Reviewed.Should().Be(Today);
        front.NextReview.Should().Be(new DateOnly(2027, 12, 1));
        front.ReviewHash.Should().StartWith("sha256:");
        Lint().Should().BeEmpty();
    }

    [Fact]
    public void An_edit_after_sign_off_is_reported_with_what_changed_as_an_error_in_CI_and_a_warning_in_the_preview()
    {
        WriteDraft("In one small trial, some people felt less depressed for about a week after one dose [@berman2000].");
        CliRun.Of(Today, "review", "sign", Draft, "--reviewer", Reviewer).Exit.Should().Be(0);
        File.WriteAllText(Draft, File.ReadAllText(Draft).Replace("about a week", "about a month", StringComparison.Ordinal));

        var ci = Lint().Should().ContainSingle().Subject;
        ci.RuleId.Should().Be("CL084");
        ci.Severity.Should().Be(FindingSeverity.Error);
        ci.Message.Should().Contain("Signed off by Dr Jane Doe, MD, Psychiatrist on 2026-12-01")
            .And.Contain("1 line changed").And.Contain("about a month").And.Contain("(was \"...").And.Contain("about a week");
        Lint(preview: true).Should().ContainSingle().Which.Severity.Should().Be(FindingSeverity.Warning);
    }

    [Fact]
    public void Publishing_the_signed_page_or_signing_it_again_is_not_an_edit()
    {
        WriteDraft("In one small trial, some people felt less depressed for about a week after one dose [@berman2000].");
        CliRun.Of(Today, "review", "sign", Draft, "--reviewer", Reviewer).Exit.Should().Be(0);
        File.WriteAllText(Draft, File.ReadAllText(Draft).Replace("draft: true", "draft: false", StringComparison.Ordinal));

        Lint().Should().BeEmpty();
        ContentLoader.Load(content.Root).FindArticle("what-a-session-is-like", PublicationPolicy.Production).Should().NotBeNull();
    }

    [Fact]
    public void A_reviewer_not_listed_in_site_yaml_cannot_sign()
    {
        WriteDraft("In one small trial, some people felt less depressed for about a week after one dose [@berman2000].");

        var (exit, _, error) = CliRun.Of(Today, "review", "sign", Draft, "--reviewer", "Someone Else, MD");

        exit.Should().Be(1);
        error.Should().Contain("is not one of the clinic's reviewers").And.Contain("Dr Jane Doe");
    }

    [Fact]
    public void An_unsigned_page_is_not_published_in_production_even_when_marked_ready()
    {
        WriteDraft("In one small trial, some people felt less depressed for about a week after one dose [@berman2000].");
        File.WriteAllText(Draft, File.ReadAllText(Draft).Replace("draft: true", "draft: false", StringComparison.Ordinal));

        var snapshot = ContentLoader.Load(content.Root);

        snapshot.FindArticle("what-a-session-is-like", PublicationPolicy.Production).Should().BeNull();
        snapshot.FindArticle("what-a-session-is-like", PublicationPolicy.Preview).Should().NotBeNull();
        Lint().Select(f => f.RuleId).Should().Contain("CL080", "CI names the missing reviewer");
    }

    private void WriteDraft(string body)
    {
        CliRun.Of(Today, "new", "article", "What a session is like", "--content", content.Root).Exit.Should().Be(0);
        var text = File.ReadAllText(Draft).Replace("summary:\n", "summary: What one session at the clinic involves.\n", StringComparison.Ordinal);
        File.WriteAllText(Draft, text[..(text.LastIndexOf("---", StringComparison.Ordinal) + 3)] + "\n\n" + body + "\n");
    }

    private List<Finding> Lint(bool preview = false)
    {
        var rules = RuleSetLoader.Load(content.PathOf("claim-rules.yaml"));
        var options = new LintOptions { Today = Today, WorkingDirectory = content.Root, ReviewChangesAreWarnings = preview };
        return new ClaimLinter(rules, options).LintPaths([Draft]).Findings.ToList();
    }
}
