using Clinic.Content.Publishing;

namespace Clinic.Content.Tests;

/// <summary>The one publication policy: what the linter said, the page's own errors and the environment decide together.</summary>
public sealed class PublicationVerdictTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    [Theory]
    [InlineData(FindingWeight.ReaderFacing, true)]
    [InlineData(FindingWeight.NotChecked, true)]
    [InlineData(FindingWeight.Process, false)]
    [InlineData(FindingWeight.Advice, false)]
    public void Production_withholds_a_page_with_a_reader_facing_error_or_that_was_not_checked(FindingWeight weight, bool withheld)
    {
        var page = LoadPage();

        var lint = new LintVerdict([(page.SourcePath, weight)]);

        PublicationPolicy.Production.Withholds(page, lint).Should().Be(withheld);
        PublicationPolicy.Preview.Withholds(page, lint).Should().BeFalse("editors see every save as written");
    }

    [Fact]
    public void A_failure_outside_the_pages_means_no_page_counts_as_checked()
    {
        var page = LoadPage();

        var lint = new LintVerdict([(Path.Combine(content.Root, "references.yaml"), FindingWeight.NotChecked)]);

        lint.NothingChecked.Should().BeTrue();
        PublicationPolicy.Production.Withholds(page, lint).Should().BeTrue();
        PublicationPolicy.Production.Withholds(page, LintVerdict.Unchecked).Should().BeTrue();
        PublicationPolicy.Production.Withholds(page, LintVerdict.Clean).Should().BeFalse();
    }

    [Fact]
    public void A_withheld_new_version_keeps_its_last_good_version_in_production()
    {
        var path = content.Write("articles/page.md", TempContent.ArticleText("First version."));
        var first = content.Load();
        content.Write("articles/page.md", TempContent.ArticleText("Second version."));
        var second = content.Load();

        var merged = LastGoodPages.Merge(first, second, PublicationPolicy.Production, new LintVerdict([(path, FindingWeight.ReaderFacing)]));

        merged.Retained.Should().Equal(path);
        merged.Snapshot.Articles.Single().Text.Should().Contain("First version.");
        LastGoodPages.Merge(first, second, PublicationPolicy.Preview, new LintVerdict([(path, FindingWeight.ReaderFacing)]))
            .Snapshot.Articles.Single().Text.Should().Contain("Second version.");
    }

    private Articles.Article LoadPage()
    {
        content.Write("articles/page.md", TempContent.ArticleText());
        return content.Load().Articles.Single();
    }
}
