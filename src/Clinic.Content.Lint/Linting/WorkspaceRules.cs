using Clinic.Content.Diagnostics;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Workspace;

namespace Clinic.Content.Lint.Linting;

/// <summary>
/// Which claim rules apply, and the one fallback policy: a rules file that cannot be used never switches the gate off.
/// The built-in rules apply instead and the problem is reported with the file's line; the CLI then exits 2 (CI must run
/// the reviewers' rules), the site keeps checking with the built-in rules and shows the problem to editors.
/// </summary>
public static class WorkspaceRules
{
    /// <summary>
    /// The rules for a CLI run: <paramref name="explicitPath"/> (<c>--rules</c>) when given, else the workspace's own
    /// rules file, else the built-in rules.
    /// </summary>
    public static RulesInUse Load(string? explicitPath, ContentWorkspace? workspace)
    {
        if (explicitPath is not null)
        {
            return Use(() => RuleSetLoader.Load(explicitPath));
        }

        if (workspace?.RulesFile is not { } file)
        {
            return Use(RuleSetLoader.LoadBuiltIn);
        }

        var bag = new DiagnosticBag(file);
        var text = workspace.Reader.ReadText(file, workspace.Limits.MaxReferencesBytes, bag);
        var shown = workspace.Display(file);
        return text is null
            ? Fallback($"{shown}: the rules file cannot be read: {string.Join(" ", bag.Items.Select(d => d.Message))}")
            : Use(() => RuleSetLoader.Parse(shown, text));
    }

    /// <summary>The rules for linting <paramref name="snapshot"/>: the rules file it read, else the built-in rules.</summary>
    public static RulesInUse For(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var file = Path.Combine(snapshot.Root, ContentWorkspace.RulesFileName);
        return snapshot.TextOf(file) is { } text
            ? Use(() => RuleSetLoader.Parse(snapshot.Display(file), text))
            : Use(RuleSetLoader.LoadBuiltIn);
    }

    private static RulesInUse Use(Func<RuleSet> load)
    {
        try
        {
            return new RulesInUse(load(), null);
        }
        catch (RuleSetException ex)
        {
            return Fallback(ex.Message);
        }
    }

    private static RulesInUse Fallback(string problem)
    {
        var message = $"The claim rules file cannot be used, so the built-in rules apply: {problem}";
        try
        {
            return new RulesInUse(RuleSetLoader.LoadBuiltIn(), message);
        }
        catch (RuleSetException ex)
        {
            return new RulesInUse(null, $"{message} The built-in rules cannot be used either: {ex.Message}");
        }
    }
}
