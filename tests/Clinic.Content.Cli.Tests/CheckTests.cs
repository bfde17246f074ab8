namespace Clinic.Content.Cli.Tests;

public sealed class CheckTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public void The_shipped_content_is_all_clear()
    {
        var (exit, output, _) = CliRun.Of(Today, "check", "--content", content.Root);

        exit.Should().Be(0, output);
        output.Should().StartWith("Checking content/:").And.Contain("All clear");
    }

    [Fact]
    public void Reports_content_problems_claims_and_citations_with_place_and_fix_and_fails()
    {
        content.Write("articles/with-problems.md", """
            ---
            title: A page with problems
            summary: A page that breaks several rules.
            author: Science writing team
            reviewer: Medical Director, MD
            reviewed: 2026-02-30
            ---

            Ketamine cures depression in just a few sessions.

            Ketamine changed how rats' brain cells connect [@nobody2020].
            """);

        var (exit, output, _) = CliRun.Of(Today, "check", "--content", content.Root);

        exit.Should().Be(1);
        output.Should().Contain("content/articles/with-problems.md\n");
        output.Should().Contain("line 6, column 11: error CC003 (content)", "the impossible date is a content problem");
        output.Should().Contain("line 9, column").And.Contain("error CL001 (claim)");
        output.Should().Contain("(citation)").And.Contain("nobody2020");
        output.Should().Contain("fix:  Say what the evidence shows");
        output.Should().Contain("Fix the errors before you open a pull request");
    }

    [Fact]
    public void Lists_each_reviewer_approved_exception_with_its_reason()
    {
        content.Write("articles/quoting-an-advert.md", """
            ---
            title: Reading clinic adverts
            summary: How to read a clinic advert with care.
            author: Science writing team
            reviewer: Medical Director, MD
            reviewed: 2026-11-01
            ---

            <!-- claim-lint disable-next-line CL001: quotes a misleading advert in order to explain why it is wrong -->
            One advert said that ketamine is a cure for depression.
            """);

        var (exit, output, _) = CliRun.Of(Today, "check", "--content", content.Root);

        exit.Should().Be(0, output);
        output.Should().Contain("Exceptions approved by a reviewer")
            .And.Contain("content/articles/quoting-an-advert.md:9: CL001, hid 1 finding. Reason: quotes a misleading advert in order to explain why it is wrong");
    }

    [Fact]
    public void Warnings_alone_pass_but_are_reported()
    {
        content.Write("articles/overdue.md", """
            ---
            title: An overdue page
            summary: A page whose review is a little overdue.
            author: Science writing team
            reviewer: Medical Director, MD
            reviewed: 2025-10-01
            next-review: 2026-11-01
            ---

            A short page.
            """);

        var (exit, output, _) = CliRun.Of(Today, "check", "--content", content.Root);

        exit.Should().Be(0, output);
        output.Should().Contain("content/articles/overdue.md").And.Contain("warning").And.Contain("(review)").And.Contain("No errors, so CI will pass");
    }

    [Fact]
    public void A_broken_rules_file_is_a_usage_error_naming_the_line()
    {
        content.Write("claim-rules.yaml", "rules:\n  - id: [unclosed\n");

        var (exit, _, error) = CliRun.Of(Today, "check", "--content", content.Root);

        exit.Should().Be(2);
        error.Should().Contain("claim-rules.yaml:");
    }
}
