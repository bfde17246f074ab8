using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Tests;

public sealed class ContentFolderTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Without_content_the_folder_is_found_by_walking_up_from_the_current_folder()
    {
        var repository = System.IO.Path.GetDirectoryName(content.Root)!;
        var deep = Directory.CreateDirectory(System.IO.Path.Combine(repository, "src", "Some.Project", "bin")).FullName;

        ContentWorkspace.Locate(null, deep, out _).Should().Be(content.Root);
        ContentWorkspace.Locate(null, content.PathOf("articles"), out _).Should().Be(content.Root);
    }

    [Fact]
    public void A_relative_content_path_is_read_from_the_current_folder()
    {
        var repository = System.IO.Path.GetDirectoryName(content.Root)!;

        ContentWorkspace.Locate("content", repository, out _).Should().Be(content.Root);
    }

    [Fact]
    public void A_folder_that_is_not_content_is_refused_with_the_reason()
    {
        ContentWorkspace.Locate(content.PathOf("articles"), "/", out var problem).Should().BeNull();
        problem.Should().Contain("is not a content folder").And.Contain("site.yaml");
        ContentWorkspace.Locate(null, System.IO.Path.GetTempPath(), out problem).Should().BeNull();
        problem.Should().Contain("--content PATH");
    }
}
