namespace Clinic.Content.Cli.Tests;

public sealed class ReviewDueTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 2, 10);
    private readonly TempContent content = TempContent.CopyOfShipped();

    public ReviewDueTests()
    {
        foreach (var file in Directory.GetFiles(content.PathOf("articles")))
        {
            File.Delete(file);
        }

        File.Delete(content.PathOf("faq.md"));
        Page("overdue-page", "Overdue page", "reviewer: Dr Ana Ortiz, MD\nreviewed: 2025-01-01\nnext-review: 2026-01-01");
        Page("due-soon-page", "Due soon page", "reviewer: Medical Director, MD\nreviewed: 2025-02-20");
        Page("later-page", "Later page", "reviewer: Medical Director, MD\nreviewed: 2025-06-01\nnext-review: 2026-06-01");
        Page("unreviewed-draft", "Unreviewed draft", "reviewer: Medical Director, MD\ndraft: true");
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public void Lists_pages_due_within_30_days_by_default_soonest_first_with_date_and_reviewer()
    {
        var (exit, output, _) = CliRun.Of(Today, "review-due", "--content", content.Root);

        exit.Should().Be(0);
        var rows = output.Split('\n').Where(l => l.Contains("content/articles/", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(3);
        rows[0].Should().Contain("no date").And.Contain("never reviewed").And.Contain("Unreviewed draft (draft)");
        rows[1].Should().Contain("2026-01-01").And.Contain("overdue by 40 days").And.Contain("Dr Ana Ortiz, MD").And.Contain("content/articles/overdue-page.md");
        rows[2].Should().Contain("2026-02-20").And.Contain("due in 10 days").And.Contain("Medical Director, MD").And.Contain("Due soon page");
        output.Should().NotContain("Later page").And.Contain("due by 2026-03-12");
    }

    [Theory]
    [InlineData("4m")]
    [InlineData("120d")]
    [InlineData("18w")]
    public void Within_looks_further_ahead(string within)
    {
        var (exit, output, _) = CliRun.Of(Today, "review-due", "--within", within, "--content", content.Root);

        exit.Should().Be(0);
        output.Should().Contain("Later page").And.Contain("due in 111 days");
        output.IndexOf("Due soon page", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("Later page", StringComparison.Ordinal));
    }

    [Fact]
    public void Says_so_when_nothing_is_due()
    {
        var (exit, output, _) = CliRun.Of(new DateOnly(2024, 1, 1), "review-due", "--within", "0d", "--content", content.Root);

        exit.Should().Be(0);
        output.Should().Contain("Unreviewed draft", "a page with no review date is always due");
        File.Delete(content.PathOf("articles/unreviewed-draft.md"));

        (exit, output, _) = CliRun.Of(new DateOnly(2024, 1, 1), "review-due", "--content", content.Root);

        exit.Should().Be(0);
        output.Should().Contain("No medical reviews are due by 2024-01-31");
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-3d")]
    [InlineData("30x")]
    [InlineData("d")]
    public void A_window_that_is_not_a_length_of_time_is_a_usage_error(string within)
    {
        var (exit, _, error) = CliRun.Of(Today, "review-due", "--within", within, "--content", content.Root);

        exit.Should().Be(2);
        error.Should().Contain("is not a length of time");
    }

    [Fact]
    public void The_calendar_is_also_an_iCalendar_file_with_one_all_day_event_per_page_on_its_due_date()
    {
        var (exit, output, _) = CliRun.Of(Today, "review-due", "--format", "ics", "--content", content.Root);

        exit.Should().Be(0);
        output.Should().StartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").And.EndWith("END:VCALENDAR\r\n");
        output.Split("\r\n").Where(l => l.Length > 0).Should().OnlyContain(l => System.Text.Encoding.UTF8.GetByteCount(l) <= 75, "RFC 5545 folds long lines");
        var unfolded = output.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        var events = unfolded.Split("BEGIN:VEVENT").Skip(1).ToList();
        events.Should().HaveCount(3);
        events[1].Should().Contain("DTSTART;VALUE=DATE:20260101\r\n").And.Contain("DTEND;VALUE=DATE:20260102\r\n")
            .And.Contain("SUMMARY:Medical review due: Overdue page\r\n")
            .And.Contain("Last reviewer: Dr Ana Ortiz\\, MD", "commas are escaped")
            .And.Contain("content/articles/overdue-page.md");
        events[0].Should().Contain("DTSTART;VALUE=DATE:20260210", "a page never reviewed is due today");
        events.Select(e => e.Split("UID:")[1].Split("\r\n")[0]).Should().OnlyHaveUniqueItems();
    }

    private void Page(string slug, string title, string review) =>
        content.Write($"articles/{slug}.md", $"""
            ---
            title: {title}
            summary: A page for the review calendar.
            author: Science writing team
            {review}
            ---

            A short page.
            """);
}
