using Clinic.Content.References;

namespace Clinic.Web.Pages;

/// <summary>The references of one kind of evidence, as the research page lists them.</summary>
public sealed record ReferenceGroup(string Heading, string Anchor, IReadOnlyList<Reference> References)
{
    // Strongest human evidence first, then mechanisms, then official notices.
    private static readonly string[] KindOrder =
    [
        "meta-analysis", "trial", "open-label study", "case series", "pharmacokinetic study",
        "review", "expert opinion", "animal study", "regulatory notice",
    ];

    /// <summary><paramref name="references"/> grouped by kind, for the research page.</summary>
    public static IReadOnlyList<ReferenceGroup> ByKind(IEnumerable<Reference> references) =>
        references
            .GroupBy(r => r.Kind.Trim().ToLowerInvariant())
            .OrderBy(g => Array.IndexOf(KindOrder, g.Key) is var i && i >= 0 ? i : KindOrder.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReferenceGroup(
                Plural(g.Key),
                "kind-" + string.Concat(g.Key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')),
                g.OrderByDescending(r => r.Year).ThenBy(r => r.Key, StringComparer.Ordinal).ToList()))
            .ToList();

    private static string Plural(string kind)
    {
        var heading = kind switch
        {
            "meta-analysis" => "meta-analyses",
            "case series" => "case series",
            "trial" => "clinical trials",
            _ when kind.EndsWith('y') => kind[..^1] + "ies",
            _ => kind + "s",
        };
        return char.ToUpperInvariant(heading[0]) + heading[1..];
    }
}
