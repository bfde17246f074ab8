namespace Clinic.Content.Cli.Tests.Tooling;

/// <summary>
/// The README's promise: from a fresh clone, pack the tool, restore it, and lint with <c>dotnet clinic-content</c>; the
/// pre-commit hook then uses it. One test, because packing from scratch is the slow part.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly FreshClone clone = new();

    public void Dispose() => clone.Dispose();

    [Fact]
    public void From_a_fresh_clone_the_packed_tool_restores_lints_and_the_pre_commit_hook_stops_a_bad_commit()
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

        Git("init", "-q");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "--allow-empty", "-m", "start");
        Git("add", "content/faq.md");
        var (hook, hookOutput) = Shell.Run(clone.Root, "bash", ["hooks/pre-commit"]);
        hook.Should().Be(1, hookOutput);
        hookOutput.Should().Contain("content/faq.md:").And.Contain("Commit stopped").And.NotContain("/tmp/", "findings name the file as staged, in the repository's terms");

        Git("checkout", "-q", "--", "content/faq.md");
        Git("reset", "-q", "content/faq.md");
        File.AppendAllText(Path.Combine(clone.Root, "content", "faq.md"), "\nKetamine cures depression.\n");
        Shell.Run(clone.Root, "bash", ["hooks/pre-commit"]).Exit.Should().Be(0, "an unstaged edit is not part of the commit");
    }

    private void Git(params string[] args)
    {
        var (exit, output) = Shell.Run(clone.Root, "git", args);
        exit.Should().Be(0, output);
    }
}
