namespace Clinic.Content.Cli.Tests.Tooling;

/// <summary>The README's promise: from a fresh clone, pack the tool, restore it, and lint with <c>dotnet clinic-content</c>.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly FreshClone clone = new();

    public void Dispose() => clone.Dispose();

    [Fact]
    public void From_a_fresh_clone_the_packed_tool_restores_and_lints_the_content()
    {
        var (packed, packOutput) = Shell.Run(clone.Root, "bash", ["tools/clinic-content/pack.sh"]);
        packed.Should().Be(0, packOutput);

        var (restored, restoreOutput) = Shell.Run(clone.Root, "dotnet", ["tool", "restore"]);
        restored.Should().Be(0, restoreOutput);
        restoreOutput.Should().Contain("clinic-content");

        var (linted, lintOutput) = Shell.Run(clone.Root, "dotnet", ["clinic-content", "lint", "--today", "2026-12-01"]);
        linted.Should().Be(0, lintOutput);
        lintOutput.Should().Contain("0 errors").And.Contain("rules from content/claim-rules.yaml");

        File.AppendAllText(Path.Combine(clone.Root, "content", "faq.md"), "\nKetamine cures depression.\n");
        var (failed, failOutput) = Shell.Run(clone.Root, "dotnet", ["clinic-content", "lint", "--today", "2026-12-01"]);
        failed.Should().Be(1, "the installed tool gates like the built one");
        failOutput.Should().Contain("content/faq.md:");
    }
}
