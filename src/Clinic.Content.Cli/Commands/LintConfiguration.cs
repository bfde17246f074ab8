using System.Globalization;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.Commands;

/// <summary><c>lint --print-config</c>: what a run would use, so a surprising result can be traced to its inputs.</summary>
internal static class LintConfiguration
{
    public static void Print(IReadOnlyList<string> paths, RuleSet rules, DateOnly today, TextWriter output)
    {
        var roots = paths.Select(ContentWorkspace.FindContaining)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine($"content root: {(roots.Count == 0 ? "none (loose files only)" : string.Join(", ", roots.Select(Shown)))}");
        output.WriteLine($"paths:        {string.Join(", ", paths)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules file:   {rules.Source} ({rules.Rules.Count} rules)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"review date:  {today:yyyy-MM-dd}"));
        output.WriteLine($"working dir:  {Environment.CurrentDirectory}");
    }

    private static string Shown(string full)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : $"{relative} ({full})";
    }
}
