namespace Clinic.Content.Tests;

/// <summary>The content folder the site ships with.</summary>
public sealed class ShippedContentTests
{
    private static readonly ContentSnapshot Shipped = ContentLoader.Load(RepositoryRoot.Content);

    [Fact]
    public void Loads_without_any_problem()
    {
        Shipped.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Every_published_page_has_a_reviewer_and_review_dates()
    {
        foreach (var page in Shipped.Articles.Cast<Pages.ContentPage>().Append(Shipped.Faq!))
        {
            page.FrontMatter.Reviewer.Should().NotBeNullOrWhiteSpace(page.SourcePath);
            page.FrontMatter.Reviewed.Should().NotBeNull(page.SourcePath);
            page.FrontMatter.NextReview.Should().BeAfter(page.FrontMatter.Reviewed!.Value, page.SourcePath);
        }
    }
}
