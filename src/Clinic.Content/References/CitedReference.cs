namespace Clinic.Content.References;

/// <summary>A reference as a page cites it: its number on that page (by order of first use) and how many times the text cites it.</summary>
public sealed record CitedReference(int Number, Reference Reference)
{
    /// <summary>How many places in the text cite it; each has the anchor <see cref="UseAnchor"/> for the list to link back to.</summary>
    public int Uses { get; init; } = 1;

    /// <summary>The id of the <paramref name="use"/>-th (1-based) place the text cites <paramref name="key"/>.</summary>
    public static string UseAnchor(string key, int use) =>
        "cite-" + key.ToLowerInvariant() + "-" + use.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
