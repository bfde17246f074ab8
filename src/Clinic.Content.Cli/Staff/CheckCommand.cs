using System.CommandLine;
using Clinic.Content.Cli.Commands;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Staff;

/// <summary><c>clinic-content check</c>: every content check CI runs, in one report for the editor, before a pull request.</summary>
internal static class CheckCommand
{
    public static Command Create(TimeProvider clock)
    {
        var content = ContentOption.Create();
        var format = new Option<string>("--format") { Description = "text, or html: one page with the problems linked to the words, highlighted in each page.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file (e.g. check.html) instead of the screen." };
        var command = new Command("check", "Check the content the way CI will (content problems, claims, citations, reviews) and say what to fix.")
        {
            content, format, outputFile,
        };
        command.SetAction(parse => Run(parse, parse.GetValue(content), parse.GetValue(format) == "html", parse.GetValue(outputFile), clock));
        return command;
    }

    private static int Run(ParseResult parse, string? contentPath, bool html, string? outputFile, TimeProvider clock)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (ContentOption.Locate(contentPath, error) is not { } root)
        {
            return ExitCodes.Usage;
        }

        var workspace = new ContentWorkspace(root);
        if (CommandRules.Load(null, workspace, error) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        var options = new LintOptions
        {
            Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            WorkingDirectory = Path.GetDirectoryName(root) ?? root,
        };

        // One read of the folder: the report counts the pages of the very snapshot the linter judged.
        var snapshot = ContentLoader.Load(workspace);
        var report = UncheckedRun.Lint(new ClaimLinter(rules, options), snapshot);
        var rulesShown = workspace.RulesFile is { } rulesFile ? workspace.Display(rulesFile) : RuleSetLoader.BuiltInName;
        int Write(TextWriter to) => UncheckedRun.Verdict(report, html
            ? CheckHtmlReport.Write(report, snapshot, workspace.Display(root), to)
            : CheckReport.Write(report, snapshot, workspace.Display(root), rulesShown, to), error);
        if (outputFile is null)
        {
            return Write(output);
        }

        try
        {
            using var file = new StreamWriter(outputFile);
            var exit = Write(file);
            output.WriteLine($"Wrote {outputFile}. Open it in a web browser.");
            return exit;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Could not write {outputFile}: {ex.Message}");
            return ExitCodes.Usage;
        }
    }
}
