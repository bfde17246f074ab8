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
        int Write(TextWriter to) => UncheckedRun.Verdict(report, html
            ? CheckHtmlReport.Write(report, snapshot, ContentRoot.Display(root, root), to)
            : CheckReport.Write(report, snapshot, ContentRoot.Display(root, root), rulesShown, to), error);
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
            return StaffExitCodes.Usage;
        }
    }
}
