using Clinic.Content.Workspace;

namespace Clinic.Content.Tests;

/// <summary>The workspace is the one place that finds the content folder, lists its pages and names its files.</summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    [Fact]
    public void The_folder_is_found_from_any_file_or_folder_inside_it_and_from_the_repository_above_it()
    {
        var article = content.Write("articles/deep/a.md", TempContent.ArticleText());

        ContentWorkspace.FindContaining(article).Should().Be(content.Root);
        ContentWorkspace.FindContaining(content.Root).Should().Be(content.Root);
        ContentWorkspace.FindFrom(Path.Combine(content.Root, "articles")).Should().Be(content.Root);
        ContentWorkspace.FindContaining(Path.GetTempPath()).Should().BeNull();
    }

    [Fact]
    public void A_given_folder_that_is_not_content_is_refused_with_the_reason_and_what_it_needs()
    {
        ContentWorkspace.Locate(Path.Combine(content.Root, "articles"), "/", out var problem).Should().BeNull();
        problem.Should().Contain("is not a content folder").And.Contain("site.yaml");
        ContentWorkspace.Locate("no-such-folder", content.Root, out problem).Should().BeNull();
        problem.Should().Contain("does not exist");
        ContentWorkspace.Locate(null, "/", out problem, Path.GetTempPath()).Should().BeNull();
        problem.Should().Contain("--content PATH");
    }

    [Fact]
    public void Page_files_include_case_variants_and_the_faq_and_leave_out_files_that_may_not_be_opened()
    {
        var lower = content.Write("articles/how-it-works.md", TempContent.ArticleText());
        var upper = content.Write("articles/Shouting.MD", TempContent.ArticleText());
        content.Write("articles/notes.txt", "not a page");
        var faq = content.Write("faq.md", "---\ntitle: FAQ\n---\n");
        File.CreateSymbolicLink(Path.Combine(content.Root, "articles", "escape.md"), "/etc/hostname");

        var workspace = new ContentWorkspace(content.Root);

        workspace.PageFiles().Should().BeEquivalentTo([lower, upper, faq]);
        workspace.ArticleFor("SHOUTING").Should().Be(upper);
        workspace.ArticleFor("missing").Should().BeNull();
    }

    [Fact]
    public void The_rules_file_applies_only_when_the_folder_has_one()
    {
        var workspace = new ContentWorkspace(content.Root);
        workspace.RulesFile.Should().BeNull();

        var rules = content.Write(ContentWorkspace.RulesFileName, "rules: []\n");

        workspace.RulesFile.Should().Be(rules);
        workspace.Display(rules).Should().Be($"{Path.GetFileName(content.Root)}/{ContentWorkspace.RulesFileName}");
    }
}
