using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Commands;

/// <summary>The rules a command runs with, chosen by <see cref="WorkspaceRules"/>; a rules file that cannot be used stops the command.</summary>
internal static class CommandRules
{
    /// <summary>The rules, or null after saying on <paramref name="error"/> why the configured file cannot be used (exit <see cref="ExitCodes.Usage"/>).</summary>
    public static RuleSet? Load(string? explicitPath, ContentWorkspace? workspace, TextWriter error)
    {
        var chosen = WorkspaceRules.Load(explicitPath, workspace);
        if (chosen is { Problem: null, Rules: { } rules })
        {
            return rules;
        }

        // CI must judge content by the reviewers' own rules, so a command never runs on the fallback silently.
        error.WriteLine($"clinic-content: {chosen.Problem ?? "no claim rules could be loaded"}");
        error.WriteLine("Nothing was checked. Ask a reviewer to fix the rules file at the line named.");
        return null;
    }
}
