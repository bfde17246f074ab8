using Clinic.Content.Cli.Staff;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Cli.Tests;

public sealed class NewArticleTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 9);
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Writes_an_unreviewed_draft_with_every_field_whose_only_problem_is_the_summary_still_to_write()
    {
        var (exit, output, _) = CliRun.Of(Today, "new", "article", "What a ketamine session feels like", "--content", content.Root);

        exit.Should().Be(0);
        output.Should().Contain("Created content/articles/what-a-ketamine-session-feels-like.md");
        var path = content.PathOf("articles/what-a-ketamine-session-feels-like.md");
        var text = File.ReadAllText(path);
        foreach (var field in new[] { "title:", "summary:", "author:", "reviewer:", "reviewed:", "next-review:", "tags:", "draft:", "order:" })
        {
            text.Should().Contain("\n" + field, "every front-matter field is there to fill in");
        }

        text.Should().Contain("\n# ", "the guidance is written as YAML comments");
        var snapshot = ContentLoader.Load(content.Root);
        snapshot.Diagnostics.Where(d => d.Path == path).Should().ContainSingle()
            .Which.Message.Should().Contain("'summary'", "the summary is the one thing the template cannot write");
        var article = snapshot.FindArticle("what-a-ketamine-session-feels-like", PublicationPolicy.Preview)!;
        article.Title.Should().Be("What a ketamine session feels like");
        article.FrontMatter.Reviewer.Should().BeNull("no one has reviewed the page yet");
        article.FrontMatter.Reviewed.Should().BeNull();
        article.FrontMatter.Draft.Should().BeTrue("a new page stays off the public site until it is reviewed");
        snapshot.FindArticle("what-a-ketamine-session-feels-like", PublicationPolicy.Production).Should().BeNull();

        File.WriteAllText(path, text.Replace("summary:\n", "summary: What one session involves.\n", StringComparison.Ordinal));
        var rules = RuleSetLoader.Load(System.IO.Path.Combine(content.Root, "claim-rules.yaml"));
        var report = new ClaimLinter(rules, new LintOptions { Today = Today, WorkingDirectory = content.Root }).LintPaths([path]);
        report.Findings.Should().BeEmpty("the placeholder text makes no claim");
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_article()
    {
        var existing = content.PathOf("articles/ketamine-safety.md");
        var before = File.ReadAllText(existing);

        var (exit, _, error) = CliRun.Of(Today, "new", "article", "Ketamine Safety", "--content", content.Root);

        exit.Should().Be(1);
        error.Should().Contain("content/articles/ketamine-safety.md already exists");
        File.ReadAllText(existing).Should().Be(before);
    }

    [Fact]
    public void Refuses_when_an_article_in_a_sub_folder_already_uses_the_address()
    {
        content.Write("articles/archive/old-news.md", File.ReadAllText(content.PathOf("articles/ketamine-safety.md")));

        var (exit, _, error) = CliRun.Of(Today, "new", "article", "Old news", "--content", content.Root);

        exit.Should().Be(1);
        error.Should().Contain("content/articles/archive/old-news.md already exists");
        File.Exists(content.PathOf("articles/old-news.md")).Should().BeFalse();
    }

    [Fact]
    public void A_title_with_quotes_colons_and_accents_keeps_its_wording_and_gets_a_plain_address()
    {
        const string title = "Ketamine & \"you\": a first look at café science \\ part 1";

        var (exit, _, _) = CliRun.Of(Today, "new", "article", title, "--content", content.Root);

        exit.Should().Be(0);
        var snapshot = ContentLoader.Load(content.Root);
        var article = snapshot.FindArticle("ketamine-you-a-first-look-at-cafe-science-part-1", PublicationPolicy.Preview);
        article.Should().NotBeNull();
        article!.Title.Should().Be(title);
        article.Diagnostics.Should().OnlyContain(d => d.Message.Contains("'summary'"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void A_title_without_letters_or_digits_is_a_usage_error_and_writes_nothing(string title)
    {
        var before = Directory.GetFiles(content.PathOf("articles")).Length;

        var (exit, _, error) = CliRun.Of(Today, "new", "article", title, "--content", content.Root);

        exit.Should().Be(2);
        error.Should().Contain("Give the article a title");
        Directory.GetFiles(content.PathOf("articles")).Should().HaveCount(before);
    }

    [Fact]
    public void A_missing_content_folder_is_a_usage_error()
    {
        var (exit, _, error) = CliRun.Of(Today, "new", "article", "Anything", "--content", content.PathOf("nowhere"));

        exit.Should().Be(2);
        error.Should().Contain("does not exist");
    }

    [Theory]
    [InlineData("How ketamine works in the brain", "how-ketamine-works-in-the-brain")]
    [InlineData("  Esketamine (Spravato): FAQ  ", "esketamine-spravato-faq")]
    [InlineData("Ketamine vs. SSRIs — 2024 update", "ketamine-vs-ssris-2024-update")]
    [InlineData("Über die Wirkung", "uber-die-wirkung")]
    public void Slugs_are_lower_case_words_joined_by_hyphens(string title, string slug) =>
        Slug.From(title).Should().Be(slug);

    [Fact]
    public void A_very_long_title_is_cut_at_a_word_boundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("neuroplasticity", 12)));

        slug.Length.Should().BeLessThanOrEqualTo(Slug.MaxLength);
        slug.Should().NotEndWith("-").And.EndWith("neuroplasticity");
    }
}
