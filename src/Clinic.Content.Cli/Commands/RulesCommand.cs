using System.CommandLine;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Cli.Commands;

/// <summary><c>clinic-content rules</c>: prints the rule catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var rulesFile = new Option<string?>("--rules") { Description = "The rules file (default: content/claim-rules.yaml, else the built-in rules)." };
        var format = new Option<string>("--format") { Description = "text, markdown (docs/claim-rules.md) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("rules", "Print the claim rule catalogue.") { rulesFile, format };
        command.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            RuleSet rules;
            try
            {
                rules = RulesLocator.Load(parsed.GetValue(rulesFile), []);
            }
            catch (RuleSetException ex)
            {
                parsed.InvocationConfiguration.Error.WriteLine($"{ex.Message}");
                return CliApp.UsageError;
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

            return 0;
        });
        return command;
    }
}
