using System.Globalization;

namespace Clinic.Content.Cli.Staff;

/// <summary>Reads how far ahead <c>review-due --within</c> looks: "30d", "6w", "2m" or a plain number of days.</summary>
internal static class ReviewWindow
{
    /// <summary>The number of days from <paramref name="today"/>, or null when the text is not a window.</summary>
    public static int? Days(string? text, DateOnly today)
    {
        var value = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (value.Length == 0)
        {
            return null;
        }

        var unit = char.IsLetter(value[^1]) ? value[^1] : 'd';
        var digits = char.IsLetter(value[^1]) ? value[..^1] : value;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 3650)
        {
            return null;
        }

        return unit switch
        {
            'd' => count,
            'w' => count * 7,
            'm' => today.AddMonths(count).DayNumber - today.DayNumber,
            'y' => today.AddYears(count).DayNumber - today.DayNumber,
            _ => null,
        };
    }
}
