using System.CommandLine;
using Clinic.Content.Cli.Commands;
using Clinic.Content.Cli.Staff;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Reviews;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Reviews;

/// <summary><c>clinic-content review sign FILE --reviewer NAME</c>: records a clinician's sign-off of a page that lints clean.</summary>
internal static class ReviewSignCommand
{
    public const int DefaultMonths = 12;

    public static Command Create(TimeProvider clock)
    {
        var file = new Argument<string>("file") { Description = "The page to sign off, e.g. content/articles/how-ketamine-works.md." };
        var reviewer = new Option<string>("--reviewer")
        {
            Description = "The clinician signing, as the byline shows them: \"Dr Jane Doe, MD, Psychiatrist\". They must be listed in site.yaml's reviewers.",
            Required = true,
        };
        var months = new Option<int>("--months") { Description = "Months until the next review (default 12).", DefaultValueFactory = _ => DefaultMonths };
        var sign = new Command("sign", "Sign a page off: records who reviewed it and when, sets the next review, and fingerprints the text so later edits show.")
        {
            file, reviewer, months,
        };
        sign.SetAction(parse => Run(parse, parse.GetValue(file)!, parse.GetValue(reviewer)!, parse.GetValue(months), clock));
        return new Command("review", "Medical review of pages.") { sign };
    }

    private static int Run(ParseResult parse, string file, string reviewer, int months, TimeProvider clock)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var path = Path.GetFullPath(file);
        var root = ContentWorkspace.FindContaining(path);
        if (!File.Exists(path) || root is null || !new ContentWorkspace(root).PageFiles().Contains(path, StringComparer.Ordinal))
        {
            error.WriteLine($"{file} is not a page of a content folder. Name an article (content/articles/NAME.md) or content/faq.md.");
            return ExitCodes.Usage;
        }

        var workspace = new ContentWorkspace(root);
        var shown = workspace.Display(path);
        reviewer = string.Join(' ', reviewer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (months is < 1 or > 36 || reviewer.Length == 0)
        {
            error.WriteLine("Give the reviewer's name (--reviewer \"Dr Jane Doe, MD, Psychiatrist\") and a review period of 1 to 36 months.");
            return ExitCodes.Usage;
        }

        var site = ContentLoader.Load(root).Site;
        if (site.Reviewers.Count > 0 && site.ReviewerNamed(reviewer) is null)
        {
            error.WriteLine($"\"{reviewer}\" is not one of the clinic's reviewers in {workspace.Display(workspace.SiteFile)} " +
                $"({string.Join(", ", site.Reviewers.Select(r => r.Name))}). Add them there first, with credentials and a profile.");
            return ExitCodes.Problems;
        }

        if (CommandRules.Load(null, workspace, error) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        var original = File.ReadAllText(path);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var next = today.AddMonths(months);
        if (SignOffEditor.Sign(original, reviewer, today, next) is not { } signed)
        {
            error.WriteLine($"{shown} has no front matter to record the sign-off in. Fix the problems `clinic-content check` names first.");
            return ExitCodes.Problems;
        }

        // Lint the page exactly as it will be signed; put the old text back if anything is wrong.
        File.WriteAllText(path, signed);
        var errors = Errors(rules, root, path, today);
        if (errors.Count > 0)
        {
            File.WriteAllText(path, original);
            error.WriteLine($"{shown} was NOT signed off: it has {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")} to fix first.");
            foreach (var f in errors)
            {
                error.WriteLine($"  line {f.Span.Line}: {f.RuleId} {f.Message}");
                error.WriteLine($"    fix: {f.Fix}");
            }

            return ExitCodes.Problems;
        }

        var copy = ReviewSignature.SignedCopyPath(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllText(copy, signed);
        output.WriteLine($"Signed off {shown}: reviewed by {reviewer} on {today:yyyy-MM-dd}; next review due {next:yyyy-MM-dd}.");
        output.WriteLine($"The signed text is kept in {ContentWorkspace.Display(copy, root)}; any later edit is reported as changed since review.");
        if (ContentLoader.Load(root).Articles.FirstOrDefault(a => a.SourcePath == path) is { FrontMatter.Draft: true })
        {
            output.WriteLine("The page is still a draft: set `draft: false` when it should go live (that does not undo the sign-off).");
        }

        output.WriteLine("Commit both files with the change.");
        return ExitCodes.Ok;
    }

    private static List<Finding> Errors(RuleSet rules, string root, string path, DateOnly today)
    {
        var options = new LintOptions { Today = today, WorkingDirectory = Path.GetDirectoryName(root) ?? root };
        return new ClaimLinter(rules, options).LintPaths([path]).Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
    }
}
