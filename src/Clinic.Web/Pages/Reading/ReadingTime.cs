using System.Text.RegularExpressions;
using Clinic.Web.StructuredData;

namespace Clinic.Web.Pages.Reading;

/// <summary>How long a page takes to read, at an unhurried adult pace.</summary>
public static partial class ReadingTime
{
    /// <summary>Words a minute: slower than the usual 230-250, because readers here take in health information with care.</summary>
    public const int WordsPerMinute = 200;

    public static int Minutes(string html) =>
        Math.Max(1, (int)Math.Round(Words(html) / (double)WordsPerMinute, MidpointRounding.AwayFromZero));

    public static int Words(string html) => Word().Count(Clinic.Content.Markdown.PlainText.FromHtml(html));

    public static string Describe(string html) => Minutes(html) is 1 ? "1 minute read" : $"{Minutes(html)} minute read";

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
