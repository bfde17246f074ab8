using Clinic.Content.Pages;

namespace Clinic.Content.Faq;

/// <summary>The frequently-asked-questions page (content/faq.md).</summary>
public sealed class FaqPage : ContentPage
{
    /// <summary>The rendered text before the first question.</summary>
    public required string IntroHtml { get; init; }

    /// <summary>The questions, in the order the page lists them.</summary>
    public required IReadOnlyList<FaqQuestion> Questions { get; init; }
}
