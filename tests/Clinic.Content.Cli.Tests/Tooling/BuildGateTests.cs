namespace Clinic.Content.Cli.Tests.Tooling;

/// <summary>
/// The claim-lint build gate (src/Clinic.Web/build/ClaimLint.targets) stops Release, CI and publish builds on content
/// errors, and never stops an editor's Debug build (what `dotnet run` and `dotnet watch` do).
/// </summary>
public sealed class BuildGateTests : IDisposable
{
    private static readonly string WebProject = Path.Combine(RepositoryRoot.Path, "src", "Clinic.Web", "Clinic.Web.csproj");
    private readonly TempContent content = TempContent.CopyOfShipped();

    public BuildGateTests()
    {
        content.Write("articles/rough-draft.md", """
            ---
            title: A rough draft
            summary: A draft the editor is still fixing.
            author: Science writing team
            draft: true
            ---

            Ketamine cures depression.
            """);
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public void A_debug_build_outside_CI_never_runs_the_gate_so_the_preview_starts()
    {
        var (exit, output) = Gate("Debug", ci: null);

        exit.Should().Be(0, output);
        output.Should().NotContain("claim-lint: linting");
    }

    [Fact]
    public void Dotnet_watch_never_runs_the_gate_even_in_Release()
    {
        var (exit, output) = Gate("Release", ci: null, ("DOTNET_WATCH", "1"));

        exit.Should().Be(0, output);
        output.Should().NotContain("claim-lint: linting");
    }

    [Fact]
    public void A_release_build_fails_on_the_draft_naming_the_file_line_and_rule()
    {
        var (built, buildOutput) = Shell.Run(RepositoryRoot.Path, "dotnet",
            ["build", Path.Combine(RepositoryRoot.Path, "src", "Clinic.Content.Cli", "Clinic.Content.Cli.csproj"), "-c", "Release", "--nologo", "-v", "quiet"]);
        built.Should().Be(0, buildOutput);

        var (exit, output) = Gate("Release", ci: null);

        exit.Should().NotBe(0);
        output.Should().Contain("claim-lint: linting").And.MatchRegex(@"rough-draft\.md\(8,\d+\): error CL0\d\d");
    }

    [Fact]
    public void The_gate_judges_review_dates_by_the_commit_date_not_the_calendar()
    {
        var (exit, output) = Shell.Run(RepositoryRoot.Path, "dotnet",
            ["msbuild", WebProject, "-t:ClaimLintToday", "-getProperty:ClaimLintToday", "-nologo"]);

        exit.Should().Be(0, output);
        var (_, commitDate) = Shell.Run(RepositoryRoot.Path, "git", ["log", "-1", "--format=%cs"]);
        output.Trim().Should().Be(commitDate.Trim());
    }

    private (int Exit, string Output) Gate(string configuration, string? ci, params (string Name, string? Value)[] environment)
    {
        var variables = environment.ToDictionary(e => e.Name, e => e.Value);
        variables["CI"] = ci;
        return Shell.Run(RepositoryRoot.Path, "dotnet",
            ["msbuild", WebProject, "-t:ClaimLintGate", $"-p:Configuration={configuration}", $"-p:ClaimLintContent={content.Root}", "-nologo", "-v:n"],
            variables);
    }
}
