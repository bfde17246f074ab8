namespace Clinic.Testing;

/// <summary>The fail-open repro from issue 15: a page the linter cannot check beside a page with a banned claim.</summary>
public static class UncheckableContent
{
    /// <summary>The address of the page the linter cannot check.</summary>
    public const string DeepQuotePath = "/articles/deep-quote";
    /// <summary>The address of the page with a banned claim.</summary>
    public const string BannedClaimPath = "/articles/banned-claim";

    /// <summary>Adds both pages to <paramref name="content"/>: Markdig refuses a quote nested 10,000 deep.</summary>
    public static void AddTo(TempContent content)
    {
        content.Write("articles/deep-quote.md", Page("A deeply quoted page", new string('>', 10_000) + " A sentence at the bottom."));
        content.Write("articles/banned-claim.md", Page("A page with a banned claim", "Ketamine cures depression in just a few sessions."));
    }

    /// <summary>A complete article with <paramref name="body"/>.</summary>
    public static string Page(string title, string body) => $"""
        ---
        title: {title}
        summary: A short page written for a test.
        author: Science writing team
        reviewer: Medical Director, MD
        reviewed: 2026-11-16
        next-review: 2027-11-16
        tags: [test]
        ---

        {body}

        """;
}
