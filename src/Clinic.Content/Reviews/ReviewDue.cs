namespace Clinic.Content.Reviews;

/// <summary>A page on the reviewer's calendar: which file, who reviewed it last, and when the next review is due.</summary>
/// <param name="Path">Full path of the page's file.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Reviewer">Who reviewed it last (null when the field is missing).</param>
/// <param name="Reviewed">When it was last reviewed (null when missing or not a date).</param>
/// <param name="NextReview">When the next review is due (null when it cannot be known: no review date).</param>
/// <param name="Draft">True for drafts, which still need a review before they are published.</param>
public sealed record ReviewDue(string Path, string Title, string? Reviewer, DateOnly? Reviewed, DateOnly? NextReview, bool Draft)
{
    /// <summary>Days from <paramref name="today"/> to the due date: negative when overdue, null when there is no date.</summary>
    public int? DaysUntilDue(DateOnly today) => NextReview is { } due ? due.DayNumber - today.DayNumber : null;
}
