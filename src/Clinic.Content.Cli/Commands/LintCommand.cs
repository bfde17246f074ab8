using System.CommandLine;
using System.Globalization;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Commands;

/// <summary><c>clinic-content lint [PATH...]</c>: lints the content folder, or the files and folders given.</summary>
internal static class LintCommand
{
    private static readonly Dictionary<string, FindingSeverity?> FailLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = FindingSeverity.Error,
        ["warning"] = FindingSeverity.Warning,
        ["info"] = FindingSeverity.Info,
        ["never"] = null,
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Content folder, .md, .txt or .html files, or folders of them (default: the repository's content folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format") { Description = "text, json, sarif, github or msbuild.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Names.Keys]);
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above: error, warning, info or never.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong([.. FailLevels.Keys]);
        var rulesFile = new Option<string?>("--rules") { Description = "The rules file (default: content/claim-rules.yaml, else the built-in rules)." };
        var today = new Option<string?>("--today") { Description = "Judge review dates as of this day (YYYY-MM-DD); default: today (UTC)." };
        var site = new Option<bool>("--site") { Description = "Treat loose pages as pages of this site, so site-only requirements (crisis notice) apply." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var colour = new Option<string>("--color") { Description = "Colour the text report: auto (a terminal, unless NO_COLOR is set), always or never.", DefaultValueFactory = _ => "auto" };
        colour.AcceptOnlyFromAmong(Terminal.ColourChoices);
        var maxFileSize = new Option<string?>("--max-file-size")
        {
            Description = "Largest file read, e.g. 64MB or 512KB (default: 1MB per content page, 2MB per loose file); larger files are reported, not read.",
        };
        var printConfig = new Option<bool>("--print-config") { Description = "Print the content folder, rules file and review date this run would use, then stop." };

        var command = new Command("lint", "Check health content for banned and unsupported claims, required notices, reviews and citations.")
        {
            paths, format, failOn, rulesFile, today, site, outputFile, colour, maxFileSize, printConfig,
        };
        command.SetAction(parsed => Run(
            new LintRequest(
                parsed.GetValue(paths) ?? [],
                ReportWriter.Names[parsed.GetValue(format)!],
                FailLevels[parsed.GetValue(failOn)!],
                parsed.GetValue(rulesFile),
                parsed.GetValue(today),
                parsed.GetValue(site),
                parsed.GetValue(outputFile),
                parsed.GetValue(colour)!,
                parsed.GetValue(maxFileSize),
                parsed.GetValue(printConfig)),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(LintRequest request, TextWriter output, TextWriter error)
    {
        var (paths, format, failOn, rulesFile, todayText, site, outputFile, _, maxFileSizeText, _) = request;
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        if (todayText is not null && !DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            error.WriteLine($"clinic-content: --today '{todayText}' is not a date in YYYY-MM-DD form.");
            return ExitCodes.Usage;
        }

        var limits = Reading.ContentLimits.Default;
        if (maxFileSizeText is not null)
        {
            if (ByteSize.Parse(maxFileSizeText) is not { } maxFileSize)
            {
                error.WriteLine($"clinic-content: --max-file-size '{maxFileSizeText}' is not a size such as 64MB, 512KB or 1048576.");
                return ExitCodes.Usage;
            }

            limits = limits with { MaxPageBytes = maxFileSize, MaxLintFileBytes = maxFileSize };
        }

        if (paths.Length == 0)
        {
            if (ContentWorkspace.FindFrom(Environment.CurrentDirectory) is not { } content)
            {
                error.WriteLine("clinic-content: no content folder found here or above; name the files or folders to lint.");
                return ExitCodes.Usage;
            }

            paths = [Path.GetRelativePath(Environment.CurrentDirectory, content)];
        }

        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            error.WriteLine(missing.StartsWith('-')
                ? $"clinic-content: unknown option '{missing}'. Run 'clinic-content lint --help'."
                : $"clinic-content: no such file or folder: {missing}");
            return ExitCodes.Usage;
        }

        var workspace = ContentWorkspace.FindFor(paths, Environment.CurrentDirectory) is { } root ? new ContentWorkspace(root) : null;

        // The content folders start loading now and the rules load meanwhile: neither needs the other.
        var options = new LintOptions { Today = day, SitePages = site, Limits = limits };
        var input = request.PrintConfig ? null : LintInput.Open(paths, options);
        if (CommandRules.Load(rulesFile, workspace, error) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        if (request.PrintConfig)
        {
            LintConfiguration.Print(paths, rules, day, output);
            return ExitCodes.Ok;
        }

        var linter = new ClaimLinter(rules, options);
        var report = UncheckedRun.Lint(linter, paths, input!);
        var links = SarifLinks.For(workspace is null ? Environment.CurrentDirectory : Path.GetDirectoryName(workspace.Root) ?? workspace.Root, Environment.GetEnvironmentVariable);
        if (outputFile is null)
        {
            var colour = Terminal.Colour(request.Colour, output, Environment.GetEnvironmentVariable);
            ReportWriter.Write(report, rules, format, new ReportSettings(colour, links), output);
        }
        else
        {
            try
            {
                using var file = new StreamWriter(outputFile);
                ReportWriter.Write(report, rules, format, new ReportSettings(request.Colour == "always", links), file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"clinic-content: cannot write {outputFile}: {ex.Message}");
                return ExitCodes.Usage;
            }
        }

        return UncheckedRun.Verdict(report, failOn is { } level && report.HasFindingsAtOrAbove(level) ? ExitCodes.Problems : ExitCodes.Ok, error);
    }
}
