using Clinic.Content.Cli.Staff;

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

        ContentFolder.Resolve(null, deep, out _).Should().Be(content.Root);
        ContentFolder.Resolve(null, content.PathOf("articles"), out _).Should().Be(content.Root);
    }

    [Fact]
    public void A_relative_content_path_is_read_from_the_current_folder()
    {
        var repository = System.IO.Path.GetDirectoryName(content.Root)!;

        ContentFolder.Resolve("content", repository, out _).Should().Be(content.Root);
    }

    [Fact]
    public void A_folder_that_is_not_content_is_refused_with_the_reason()
    {
        ContentFolder.Resolve(content.PathOf("articles"), "/", out var problem).Should().BeNull();
        problem.Should().Contain("no site.yaml");
        ContentFolder.Resolve(null, System.IO.Path.GetTempPath(), out problem).Should().BeNull();
        problem.Should().Contain("--content PATH");
    }
}
