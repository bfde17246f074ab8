using Clinic.Content.Pages;

namespace Clinic.Content.Articles;

/// <summary>A science article (content/articles/&lt;slug&gt;.md).</summary>
public sealed class Article : ContentPage
{
    /// <summary>The address segment, from the file name: <c>/articles/{Slug}</c>.</summary>
    public required string Slug { get; init; }
}
