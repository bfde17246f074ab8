using System.CommandLine;
using Clinic.Content.Cli.Commands;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Cli.Staff;

/// <summary><c>clinic-content check</c>: every content check CI runs, in one report for the editor, before a pull request.</summary>
internal static class CheckCommand
{
    public static Command Create(TimeProvider clock)
    {
        var content = ContentOption.Create();
        var command = new Command("check", "Check the content the way CI will (content problems, claims, citations, reviews) and say what to fix.")
        {
            content,
        };
        command.SetAction(parse => Run(parse, parse.GetValue(content), clock));
        return command;
    }

    private static int Run(ParseResult parse, string? contentPath, TimeProvider clock)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var root = ContentFolder.Resolve(contentPath, Environment.CurrentDirectory, out var problem);
        if (root is null)
        {
            error.WriteLine(problem);
            return StaffExitCodes.Usage;
        }

        RuleSet rules;
        var rulesFile = Path.Combine(root, "claim-rules.yaml");
        try
        {
            rules = File.Exists(rulesFile) ? RuleSetLoader.Load(rulesFile) : RuleSetLoader.LoadBuiltIn();
        }
        catch (RuleSetException ex)
        {
            error.WriteLine($"The claim rules cannot be read, so nothing was checked: {ex.Message}");
            error.WriteLine("Ask a reviewer to fix the rules file at the line named.");
            return StaffExitCodes.Usage;
        }

        var options = new LintOptions
        {
            Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            WorkingDirectory = Path.GetDirectoryName(root) ?? root,
        };
        var report = UncheckedRun.Lint(new ClaimLinter(rules, options), [root]);
        var snapshot = ContentLoader.Load(root);
        var rulesShown = File.Exists(rulesFile) ? ContentRoot.Display(rulesFile, root) : RuleSetLoader.BuiltInName;
        return UncheckedRun.Verdict(report, CheckReport.Write(report, snapshot, ContentRoot.Display(root, root), rulesShown, output), error);
    }
}
