using System.Globalization;
using Clinic.Content.References;

namespace Clinic.Web.Pages;

/// <summary>How a reference reads in a list: "Authors. Title. Journal Year;Volume(Issue):Pages." with each part ended once.</summary>
public static class ReferenceFormat
{
    /// <summary>The authors, ended with one full stop ("et al." is not given a second).</summary>
    public static string Authors(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Ended(reference.Authors);
    }

    /// <summary>The title, ended with one full stop (a title ending in "?" or "!" keeps its own mark).</summary>
    public static string Title(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Ended(reference.Title);
    }

    /// <summary>
    /// Where it was published: journal, year, volume, issue and pages. The year is left out when the journal
    /// field already names it, as a dated notice does ("FDA news release, 5 March 2019").
    /// </summary>
    public static string Source(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var year = reference.Year?.ToString(CultureInfo.InvariantCulture);
        var journal = reference.Journal?.Trim().TrimEnd('.', ',', ';') ?? string.Empty;
        var text = journal;
        if (year is not null && !journal.Contains(year, StringComparison.Ordinal))
        {
            text = text.Length == 0 ? year : $"{text} {year}";
        }

        if (reference.Volume is { } volume)
        {
            text += ";" + volume;
        }

        if (reference.Issue is { } issue)
        {
            text += $"({issue})";
        }

        if (reference.Pages is { } pages)
        {
            text += ":" + pages;
        }

        return text.Length == 0 ? string.Empty : Ended(text);
    }

    private static string Ended(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }
}
