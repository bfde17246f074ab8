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

        var root = ContentRootOf(paths);
        var file = root is null ? null : Path.Combine(root, FileName);
        return file is not null && File.Exists(file) ? RuleSetLoader.Load(Relative(file)) : RuleSetLoader.LoadBuiltIn();
    }

    /// <summary>The content folder the first path belongs to, else the repository's from the working folder up; null when none.</summary>
    public static string? ContentRootOf(IEnumerable<string> paths) =>
        paths.Select(p => ContentRoot.IsRoot(p) ? Path.GetFullPath(p) : ContentRoot.Find(Path.GetFullPath(p))).FirstOrDefault(r => r is not null)
        ?? ContentRoot.FindFrom(Environment.CurrentDirectory);

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
