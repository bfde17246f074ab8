using System.CommandLine;
using System.Globalization;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Reviews;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Staff;

/// <summary><c>clinic-content review-due [--within 30d]</c>: the reviewer's calendar of pages due or overdue for medical review.</summary>
internal static class ReviewDueCommand
{
    public const string DefaultWithin = "30d";

    public static Command Create(TimeProvider clock)
    {
        var within = new Option<string>("--within")
        {
            Description = "Also list reviews due this far ahead: days (30d), weeks (6w), months (2m) or years (1y).",
            HelpName = "TIME",
            DefaultValueFactory = _ => DefaultWithin,
        };
        var content = ContentOption.Create();
        var format = new Option<string>("--format") { Description = "text (a table), or ics: an iCalendar file for a calendar app.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "ics");
        var command = new Command("review-due", "List the pages whose next medical review is due or overdue, soonest first, with date and reviewer.")
        {
            within,
            content,
            format,
        };
        command.SetAction(parse => Run(parse, parse.GetValue(within), parse.GetValue(content), parse.GetValue(format) == "ics", clock));
        return command;
    }

    private static int Run(ParseResult parse, string? within, string? contentPath, bool calendar, TimeProvider clock)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (ReviewWindow.Days(within, today) is not { } days)
        {
            error.WriteLine($"--within '{within}' is not a length of time. Write it like 30d (days), 6w (weeks), 2m (months) or 1y.");
            return ExitCodes.Usage;
        }

        if (ContentOption.Locate(contentPath, error) is not { } root)
        {
            return ExitCodes.Usage;
        }

        var due = ReviewCalendar.Due(ContentLoader.Load(root), today, days);
        var horizon = today.AddDays(days);
        if (calendar)
        {
            ReviewCalendarFile.Write(due, root, today, clock.GetUtcNow(), output);
            return ExitCodes.Ok;
        }

        if (due.Count == 0)
        {
            output.WriteLine($"No medical reviews are due by {Date(horizon)} (today is {Date(today)}).");
            return ExitCodes.Ok;
        }

        output.WriteLine($"Medical reviews due by {Date(horizon)} (today is {Date(today)}), soonest first:");
        output.WriteLine();
        var rows = due.Select(r => new[]
        {
            r.NextReview is { } date ? Date(date) : "no date",
            Status(r, today),
            r.Draft ? $"{r.Title} (draft)" : r.Title,
            r.Reviewer ?? "no reviewer named",
            ContentWorkspace.Display(r.Path, root),
        }).ToList();
        WriteTable(["Due", "Status", "Page", "Last reviewer", "File"], rows, output);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{due.Count} page{(due.Count == 1 ? string.Empty : "s")}. After a review, sign the page off: clinic-content review sign FILE --reviewer \"NAME\"."));
        return ExitCodes.Ok;
    }

    private static string Status(ReviewDue review, DateOnly today) => review.DaysUntilDue(today) switch
    {
        null => "never reviewed: 'reviewed' date missing or invalid",
        < 0 and var d => string.Create(CultureInfo.InvariantCulture, $"overdue by {-d} day{(d == -1 ? string.Empty : "s")}"),
        0 => "due today",
        var d => string.Create(CultureInfo.InvariantCulture, $"due in {d} day{(d == 1 ? string.Empty : "s")}"),
    };

    private static void WriteTable(string[] headers, List<string[]> rows, TextWriter output)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(headers));
        output.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray()));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
