using System.Globalization;
using System.Text.RegularExpressions;

namespace Clinic.Content.Cli.Commands;

/// <summary>A size as staff write it on the command line: <c>64MB</c>, <c>512KB</c>, <c>2GB</c> or plain bytes (units of 1,024).</summary>
internal static partial class ByteSize
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = 1,
        ["B"] = 1,
        ["KB"] = 1L << 10,
        ["K"] = 1L << 10,
        ["MB"] = 1L << 20,
        ["M"] = 1L << 20,
        ["GB"] = 1L << 30,
        ["G"] = 1L << 30,
    };

    /// <summary>The size in bytes, or null when <paramref name="text"/> is not a positive size.</summary>
    public static long? Parse(string text)
    {
        var match = SizePattern().Match(text.Trim());
        return match.Success
            && long.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number > 0 && number <= long.MaxValue / Units[match.Groups["unit"].Value]
            ? number * Units[match.Groups["unit"].Value]
            : null;
    }

    [GeneratedRegex(@"^(?<number>\d{1,12})\s*(?<unit>[KMG]?B?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}
