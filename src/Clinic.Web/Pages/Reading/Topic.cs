using System.Text.RegularExpressions;
using Clinic.Content;
using Clinic.Content.Pages;
using Clinic.Web.Performance;

namespace Clinic.Web.Pages.Reading;

/// <summary>A topic: one tag from the pages' front matter, with the shown pages that carry it.</summary>
public sealed partial record Topic(string Name, string Slug, IReadOnlyList<ContentPage> Pages)
{
    /// <summary>The address segment of a tag: "side effects" is "side-effects".</summary>
    public static string SlugOf(string tag) => NotWord().Replace(tag.Trim().ToLowerInvariant(), "-").Trim('-');

    /// <summary>Every topic on the shown pages (articles first, then the FAQ), alphabetical.</summary>
    public static IReadOnlyList<Topic> All(ContentSnapshot snapshot, PublicationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Every article page shows its topics: worked out once per snapshot, not once per article.
        return SnapshotMemo.Get(snapshot, (typeof(Topic), policy), () => Group(snapshot, policy));
    }

    private static List<Topic> Group(ContentSnapshot snapshot, PublicationPolicy policy)
    {
        var pages = snapshot.VisibleArticles(policy).Cast<ContentPage>().Append(snapshot.VisibleFaq(policy)).OfType<ContentPage>().ToList();
        return pages
            .SelectMany(p => p.FrontMatter.Tags.Select(t => (Tag: t.Trim(), Page: p)))
            .Where(x => SlugOf(x.Tag).Length > 0)
            .GroupBy(x => SlugOf(x.Tag), StringComparer.Ordinal)
            .Select(g => new Topic(g.First().Tag, g.Key, g.Select(x => x.Page).Distinct().ToList()))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}
