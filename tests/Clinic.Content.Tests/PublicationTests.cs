namespace Clinic.Content.Tests;

public sealed class PublicationTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Drafts_are_hidden_from_readers_and_shown_in_preview()
    {
        content.Write("articles/published.md", TempContent.ArticleText(title: "Published"));
        content.Write("articles/unfinished.md", TempContent.ArticleText(title: "Unfinished", extraFrontMatter: "draft: true"));

        var snapshot = content.Load();

        snapshot.VisibleArticles(PublicationPolicy.Production).Select(a => a.Slug).Should().Equal("published");
        snapshot.FindArticle("unfinished", PublicationPolicy.Production).Should().BeNull();
        snapshot.FindArticle("unfinished", PublicationPolicy.Preview).Should().NotBeNull();
    }

    [Fact]
    public void Pages_with_errors_are_held_back_from_readers_but_previewed_with_their_problems()
    {
        content.Write("articles/unknown-citation.md", TempContent.ArticleText("Claim [@nobody2020]."));

        var snapshot = content.Load();

        snapshot.FindArticle("unknown-citation", PublicationPolicy.Production).Should().BeNull();
        snapshot.FindArticle("unknown-citation", PublicationPolicy.Preview)!.Diagnostics.Should().ContainSingle();
    }

    [Fact]
    public void Articles_are_listed_by_order_then_title()
    {
        content.Write("articles/b.md", TempContent.ArticleText(title: "Bravo"));
        content.Write("articles/a.md", TempContent.ArticleText(title: "Alpha"));
        content.Write("articles/c.md", TempContent.ArticleText(title: "Charlie", extraFrontMatter: "order: 1"));

        content.Load().Articles.Select(a => a.Title).Should().Equal("Charlie", "Alpha", "Bravo");
    }

    [Fact]
    public void Pages_citing_a_reference_are_found_for_the_research_library()
    {
        content.Write("articles/mechanism.md", TempContent.ArticleText("In rats [@li2010].", title: "Mechanism"));
        content.Write("articles/other.md", TempContent.ArticleText("No citations.", title: "Other"));
        content.Write("faq.md", TempContent.ArticleText("## Does it work in rats?\n\nIn rats, yes [@li2010].", title: "FAQ"));

        var citing = content.Load().PagesCiting("li2010", PublicationPolicy.Production);

        citing.Select(p => p.Title).Should().Equal("Mechanism", "FAQ");
    }
}
