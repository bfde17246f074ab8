using Clinic.Content.Pages;

namespace Clinic.Content.Reviews;

/// <summary>Which pages need their medical review soon: the reviewer's calendar.</summary>
public static class ReviewCalendar
{
    /// <summary>
    /// Pages whose next review falls on or before <paramref name="today"/> plus <paramref name="withinDays"/>, overdue
    /// ones included, soonest first. Pages with no usable review date are listed first: they have never been signed off.
    /// </summary>
    public static IReadOnlyList<ReviewDue> Due(ContentSnapshot snapshot, DateOnly today, int withinDays)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        var horizon = today.AddDays(withinDays);
        return snapshot.Articles.Cast<ContentPage>()
            .Append(snapshot.Faq)
            .OfType<ContentPage>()
            .Select(p => new ReviewDue(p.SourcePath, p.Title, p.FrontMatter.Reviewer, p.FrontMatter.Reviewed, p.FrontMatter.NextReview, p.FrontMatter.Draft))
            .Where(r => r.NextReview is not { } due || due <= horizon)
            .OrderBy(r => r.NextReview.HasValue)
            .ThenBy(r => r.NextReview)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
    }
}
