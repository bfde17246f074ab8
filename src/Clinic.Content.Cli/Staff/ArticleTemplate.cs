namespace Clinic.Content.Cli.Staff;

/// <summary>The text of a new article: every front-matter field, with short notes for the editor as YAML comments.</summary>
/// <remarks>
/// The notes are YAML comments inside the front matter because HTML comments in the body would be dropped from the page
/// and reported as raw HTML. The placeholder body is plain and makes no claim, so a new file loads and lints clean.
/// </remarks>
internal static class ArticleTemplate
{
    /// <summary>The article file for <paramref name="title"/>: a draft that no one has reviewed yet.</summary>
    public static string Render(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return $$"""
            ---
            # Notes for you start with '#'. The site ignores them; delete them when you are done.
            # Full guide: docs/content-guide.md
            # In the text below, cite a study right after the sentence it supports, as [@key], using the
            # study's key from content/references.yaml (add the study there first if it is new).

            # The page title readers see. Say what question the page answers.
            title: "{{Quote(title)}}"

            # One or two plain sentences. Search engines show this too, so make no claim you could not cite.
            # Until you write it, the preview and `clinic-content check` report it as missing.
            summary:

            # Who wrote the page: your name, or the team's.
            author: "Northfield Clinic science writing team"

            # Leave the next three empty. When the page is ready, the reviewer (a clinician listed in
            # content/site.yaml) reads it and runs:  clinic-content review sign FILE --reviewer "NAME"
            # That fills in who reviewed it, when, and when the next review is due.
            reviewer:
            reviewed:
            next-review:

            # A few words that group related pages, e.g. [safety, research].
            tags: []

            # true keeps the page off the public site; only the preview shows it.
            # Change to false once the reviewer has signed the page off.
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
