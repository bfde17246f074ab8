using Clinic.Content.Workspace;
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
}
