using System.Globalization;
using System.Text;
using Clinic.Content.Reviews;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Staff;

/// <summary>The review calendar as an iCalendar file (RFC 5545): one all-day event per page on its due date, for any calendar app.</summary>
internal static class ReviewCalendarFile
{
    /// <summary>Writes the calendar; a page with no review date is due <paramref name="today"/>.</summary>
    public static void Write(IEnumerable<ReviewDue> due, string contentRoot, DateOnly today, DateTimeOffset now, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Northfield Clinic//clinic-content review-due//EN",
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Medical reviews due",
        };
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var page in due)
        {
            var day = page.NextReview ?? today;
            var file = ContentWorkspace.Display(page.Path, contentRoot);
            lines.AddRange(
            [
                "BEGIN:VEVENT",
                // Stable per file and due date, so re-importing updates the event instead of adding a copy.
                $"UID:{Escape(file)}-{Date(day)}@clinic-content",
                $"DTSTAMP:{stamp}",
                $"DTSTART;VALUE=DATE:{Date(day)}",
                $"DTEND;VALUE=DATE:{Date(day.AddDays(1))}",
                $"SUMMARY:{Escape($"Medical review due: {page.Title}{(page.Draft ? " (draft)" : string.Empty)}")}",
                $"DESCRIPTION:{Escape($"File: {file}\nLast reviewer: {page.Reviewer ?? "none named"}\nLast reviewed: {(page.Reviewed is { } r ? Date(r, "yyyy-MM-dd") : "never")}\nSign off with: clinic-content review sign {file} --reviewer \"NAME\"")}",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]);
        }

        lines.Add("END:VCALENDAR");
        foreach (var line in lines)
        {
            output.Write(Fold(line));
            output.Write("\r\n");
        }
    }

    private static string Date(DateOnly day, string format = "yyyyMMdd") => day.ToString(format, CultureInfo.InvariantCulture);

    // RFC 5545 3.3.11: backslash, semicolon and comma are escaped; a line break is written as \n.
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    // RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 sequence.
    private static string Fold(string line)
    {
        var builder = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                builder.Append("\r\n ");
                octets = 1;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        return builder.ToString();
    }
}
