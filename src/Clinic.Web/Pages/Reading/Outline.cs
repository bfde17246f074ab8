using Clinic.Content.Pages;

namespace Clinic.Web.Pages.Reading;

/// <summary>The sections of a page (its level-2 headings), for the contents list.</summary>
public static class Outline
{
    /// <summary>Below this many sections a page is short enough to scan without a contents list.</summary>
    public const int MinimumSections = 3;

    /// <summary>The sections of <paramref name="page"/>, from its headings.</summary>
    public static IReadOnlyList<Section> Sections(ContentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.Sections.Select(s => new Section(s.Id, s.Title))];
    }

    /// <summary>Splits rendered page HTML before its first section, so the contents list can follow the opening paragraphs.</summary>
    public static (string Opening, string Sections) SplitAtFirstSection(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var at = html.IndexOf("<h2", StringComparison.Ordinal);
        return at < 0 ? (html, string.Empty) : (html[..at], html[at..]);
    }
}
