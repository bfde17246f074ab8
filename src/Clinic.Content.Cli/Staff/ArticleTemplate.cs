using System.Globalization;

namespace Clinic.Content.Cli.Staff;

/// <summary>The text of a new article: every front-matter field, with short notes for the editor as YAML comments.</summary>
/// <remarks>
/// The notes are YAML comments inside the front matter because HTML comments in the body would be dropped from the page
/// and reported as raw HTML. The placeholder body is plain and makes no claim, so a new file loads and lints clean.
/// </remarks>
public static class ArticleTemplate
{
    /// <summary>The article file for <paramref name="title"/>, reviewed <paramref name="today"/> and due a year later.</summary>
    public static string Render(string title, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(title);
        var reviewed = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = today.AddMonths(12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            ---
            # Notes for you start with '#'. The site ignores them; delete them when you are done.
            # Full guide: docs/content-guide.md
            # In the text below, cite a study right after the sentence it supports, as [@key], using the
            # study's key from content/references.yaml (add the study there first if it is new).

            # The page title readers see. Say what question the page answers.
            title: "{{Quote(title)}}"

            # One or two plain sentences. Search engines show this too, so make no claim you could not cite.
            summary: "A short, plain description of what this page explains."

            # Who wrote the page: your name, or the team's.
            author: "Northfield Clinic science writing team"

            # The clinician who checks the page, with credentials. Ask them before the page goes live.
            reviewer: "Medical Director, MD"

            # The date of the reviewer's last check (YYYY-MM-DD). Change it each time they sign the page off.
            reviewed: {{reviewed}}

            # When the next review is due, usually one year after 'reviewed'.
            next-review: {{next}}

            # A few words that group related pages, e.g. [safety, research].
            tags: []

            # true keeps the page off the public site; only the preview shows it.
            # Change to false once the reviewer has approved the page.
            draft: true

            # Where the page sits in lists: lower numbers come first.
            order: 100
            ---

            Write the article here, in short sentences and everyday words.

            ## A heading for each part

            Give each part of the page its own heading, so readers can find what they need.

            """;
    }

    private static string Quote(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
