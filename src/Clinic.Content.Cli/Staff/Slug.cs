using System.Text;

namespace Clinic.Content.Cli.Staff;

/// <summary>Turns a title into an article's file name and address: lower-case words joined by hyphens.</summary>
internal static class Slug
{
    /// <summary>Long enough for any sensible title, short enough for a readable address.</summary>
    public const int MaxLength = 80;

    // The site runs with invariant globalization, where Unicode normalization is unavailable: fold accents by table.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz";

    /// <summary>The slug for <paramref name="title"/>; empty when the title has no letters or digits.</summary>
    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            var folded = Accented.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? Plain[i] : c;
            builder.Append(folded switch
            {
                (>= 'a' and <= 'z') or (>= '0' and <= '9') => folded.ToString(),
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                _ => "-",
            });
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > 0 ? slug[..cut] : slug[..MaxLength];
        }

        return slug;
    }
}
