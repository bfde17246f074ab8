using System.Globalization;

namespace Clinic.Web.StructuredData;

/// <summary>Dates as readers see them ("November 16, 2026") and as machines read them (2026-11-16).</summary>
public static class Dates
{
    /// <summary>The date as readers see it, such as "March 4, 2026".</summary>
    public static string Display(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>The date in ISO form, for machines.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
