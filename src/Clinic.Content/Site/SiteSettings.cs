namespace Clinic.Content.Site;

/// <summary>Site-wide settings from content/site.yaml.</summary>
public sealed record SiteSettings
{
    /// <summary>The clinic's name, shown in the home page heading and title.</summary>
    public required string Name { get; init; }

    /// <summary>The line under the home page heading, if any; it is also the home page description.</summary>
    public string? Tagline { get; init; }

    /// <summary>The public address of the site, used for canonical URLs and the sitemap.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The language of the pages, for the html lang attribute and structured data.</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>The not-medical-advice disclaimer shown on every page.</summary>
    public required string Disclaimer { get; init; }

    /// <summary>The crisis notice (988, 911) shown on every page.</summary>
    public required string Crisis { get; init; }

    /// <summary>The phone, email, address and hours shown in the footer.</summary>
    public ContactDetails Contact { get; init; } = new(null, null, null, null);

    /// <summary>The clinicians who review pages, shown on /reviewers; a page's byline links to its reviewer there.</summary>
    public IReadOnlyList<Reviewer> Reviewers { get; init; } = [];

    /// <summary>The listed reviewer a page's <c>reviewer:</c> line names (it starts with their name), or null.</summary>
    public Reviewer? ReviewerNamed(string? byline) =>
        string.IsNullOrWhiteSpace(byline) ? null : Reviewers.FirstOrDefault(r => r.Names(byline));

    /// <summary>
    /// What the site shows when site.yaml is missing or broken: a safety page must never lose its
    /// disclaimer or crisis notice because of a typo.
    /// </summary>
    public static SiteSettings Fallback { get; } = new()
    {
        Name = "Ketamine therapy science",
        BaseUrl = new Uri("http://localhost/"),
        Disclaimer = "This site is for general education only. It is not medical advice. Talk to a licensed clinician about your own care.",
        Crisis = "If you are thinking about suicide or are in crisis, call or text 988 to reach the 988 Suicide & Crisis Lifeline. In an emergency, call 911.",
    };
}
