using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Cli.Commands;

/// <summary>Finds the rules to use: --rules, else the content folder's claim-rules.yaml, else the built-in copy.</summary>
internal static class RulesLocator
{
    public const string FileName = "claim-rules.yaml";

    public static RuleSet Load(string? explicitPath, IEnumerable<string> paths)
    {
        if (explicitPath is not null)
        {
            return RuleSetLoader.Load(explicitPath);
        }

        var root = paths.Select(p => ContentRoot.IsRoot(p) ? p : ContentRoot.Find(Path.GetFullPath(p))).FirstOrDefault(r => r is not null)
            ?? ContentRoot.FindFrom(Environment.CurrentDirectory);
        var file = root is null ? null : Path.Combine(root, FileName);
        return file is not null && File.Exists(file) ? RuleSetLoader.Load(Relative(file)) : RuleSetLoader.LoadBuiltIn();
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
