using Clinic.Web.Performance;
using Clinic.Web.StructuredData;

namespace Clinic.Web.Pages.Reading;

/// <summary>How long a page takes to read, at an unhurried adult pace.</summary>
public static class ReadingTime
{
    /// <summary>Words a minute: slower than the usual 230-250, because readers here take in health information with care.</summary>
    public const int WordsPerMinute = 200;

    /// <summary>About how many minutes <paramref name="html"/> takes to read, at least one.</summary>
    public static int Minutes(string html) =>
        Math.Max(1, (int)Math.Round(Words(html) / (double)WordsPerMinute, MidpointRounding.AwayFromZero));

    /// <summary>How many words the reader sees in <paramref name="html"/>.</summary>
    // Counted once per page's HTML: the article list shows every article's reading time.
    public static int Words(string html) =>
        SnapshotMemo.Get(html, typeof(ReadingTime), () => Clinic.Content.Markdown.PlainText.CountWords(html));

    /// <summary>The reading time as a reader sees it, such as "4 minute read".</summary>
    public static string Describe(string html) => Minutes(html) is var minutes && minutes == 1 ? "1 minute read" : $"{minutes} minute read";
}
