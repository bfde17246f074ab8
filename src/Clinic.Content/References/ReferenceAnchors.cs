using System.Globalization;

namespace Clinic.Content.References;

/// <summary>The one place element ids for references are made, so every link to a reference finds its target.</summary>
public static class ReferenceAnchors
{
    /// <summary>The id of a reference's entry in a page's reference list (<c>ref-li2010</c>).</summary>
    public static string InPageList(string key) => "ref-" + Key(key);

    /// <summary>The id of a reference's entry on the research page (<c>li2010</c>).</summary>
    public static string OnResearchPage(string key) => Key(key);

    /// <summary>The id of the <paramref name="use"/>-th (1-based) place a page's text cites <paramref name="key"/> (<c>cite-li2010-2</c>).</summary>
    public static string OfUse(string key, int use) => "cite-" + Key(key) + "-" + use.ToString(CultureInfo.InvariantCulture);

    // Keys match in any letter case ([@Li2010] cites li2010), so ids are lower-case.
    private static string Key(string key) => key.ToLowerInvariant();
}
