using System.CommandLine;
using Clinic.Content.Lint.Accuracy;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Commands;

/// <summary><c>clinic-content rules</c>: prints the rule catalogue, or with --stats each rule's precision and recall on an annotated corpus.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var rulesFile = new Option<string?>("--rules") { Description = "The rules file (default: content/claim-rules.yaml, else the built-in rules)." };
        var format = new Option<string>("--format") { Description = "text, markdown (docs/claim-rules.md) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var stats = new Option<string?>("--stats")
        {
            Description = "Findings of 'clinic-content lint --format json' on an annotated corpus: print each rule's precision and recall instead of the catalogue.",
        };
        var annotations = new Option<string?>("--annotations")
        {
            Description = "With --stats: the annotated corpus folder (pages/, annotations.tsv, hard_negatives.tsv), e.g. ../shared/lint-corpus.",
        };
        var command = new Command("rules", "Print the claim rule catalogue, or (--stats) each rule's precision and recall on an annotated corpus.")
        {
            rulesFile, format, stats, annotations,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(stats) is null) != (result.GetValue(annotations) is null))
            {
                result.AddError("--stats and --annotations go together: --stats FINDINGS.json --annotations CORPUS_DIR");
            }
            else if (result.GetValue(stats) is not null && result.GetValue(format) == "markdown")
            {
                result.AddError("--stats writes text or json, not markdown");
            }
        });
        command.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(stats) is { } findingsFile)
            {
                return Stats(findingsFile, parsed.GetValue(annotations)!, parsed.GetValue(format) == "json", output, parsed.InvocationConfiguration.Error);
            }

            var found = ContentWorkspace.FindFrom(Environment.CurrentDirectory);
            if (CommandRules.Load(parsed.GetValue(rulesFile), found is null ? null : new ContentWorkspace(found), parsed.InvocationConfiguration.Error) is not { } rules)
            {
                return ExitCodes.Usage;
            }

            switch (parsed.GetValue(format))
            {
                case "markdown":
                    RuleCatalogue.WriteMarkdown(rules, output);
                    break;
                case "json":
                    RuleCatalogue.WriteJson(rules, output);
                    break;
                default:
                    RuleCatalogue.WriteText(rules, output);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Stats(string findingsFile, string corpusFolder, bool json, TextWriter output, TextWriter error)
    {
        CorpusScore score;
        try
        {
            var corpus = AnnotatedCorpus.Load(corpusFolder);
            score = RuleStats.Score(corpus, CorpusFindings.Read(findingsFile, corpus));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"clinic-content rules --stats: {ex.Message}");
            return ExitCodes.Usage;
        }

        if (json)
        {
            RuleStatsReport.WriteJson(score, output);
        }
        else
        {
            RuleStatsReport.WriteText(score, output);
        }

        return ExitCodes.Ok;
    }
}
