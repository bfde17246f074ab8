using System.Text.RegularExpressions;

namespace Clinic.Content.Links;

/// <summary>Where a link from content leads, as far as the site's safety rules care.</summary>
internal enum LinkKind
{
    /// <summary>An address on this site (/faq, #section, diagrams/x.svg).</summary>
    Site,

    /// <summary>Another site, reached with an allowed scheme, or a protocol-relative //host address.</summary>
    External,

    /// <summary>A scheme that is not allowed (javascript:, data:, vbscript:, file:...): shown as text, never as a link.</summary>
    Unsafe,
}

/// <summary>
/// The one scheme allow-list for every address content can carry: Markdown links and images, references.yaml,
/// site.yaml and front matter all pass through here, so no address reaches an href by a side door.
/// </summary>
internal static partial class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["https", "http", "mailto", "tel"];

    /// <summary>Classifies <paramref name="url"/> the way a browser would read it.</summary>
    public static LinkKind Classify(string? url)
    {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so must we.
        var compact = ControlOrSpace().Replace(url ?? string.Empty, string.Empty);
        var scheme = Scheme().Match(compact);
        if (scheme.Success)
        {
            return AllowedSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant()) ? LinkKind.External : LinkKind.Unsafe;
        }

        // "//host" and its backslash spellings leave the site: browsers treat '\' like '/' in web addresses.
        return compact.Length >= 2 && compact[0] is '/' or '\\' && compact[1] is '/' or '\\' ? LinkKind.External : LinkKind.Site;
    }

    /// <summary>True for addresses a reader may follow.</summary>
    public static bool IsSafe(string? url) => Classify(url) != LinkKind.Unsafe;

    /// <summary>Shortens an address for a diagnostic message.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"[\x00-\x20\x7F]+", RegexOptions.CultureInvariant)]
    private static partial Regex ControlOrSpace();
}
