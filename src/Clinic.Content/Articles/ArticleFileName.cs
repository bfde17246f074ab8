using System.Text.RegularExpressions;
using Clinic.Content.Diagnostics;

namespace Clinic.Content.Articles;

/// <summary>Decides, from its file name alone, whether a file in articles/ is an article and at which address.</summary>
/// <remarks>Checked when content loads, so that nothing is listed on the home page or in the sitemap that cannot be served.</remarks>
internal static partial class ArticleFileName
{
    /// <summary>True for names ending in .md in any letter case, so that "x.MD" is reported rather than silently skipped.</summary>
    public static bool LooksLikeMarkdown(string path) => Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The address key a file competes for: its name without extension, lower-cased.</summary>
    public static string Key(string path) => Path.GetFileNameWithoutExtension(path).ToLowerInvariant();

    /// <summary>Null when the name is a valid address; otherwise what is wrong and how to fix it.</summary>
    public static (string Message, string Hint)? Problem(string path, int maxLength)
    {
        var name = Path.GetFileName(path);
        var slug = Path.GetFileNameWithoutExtension(path);
        var suggestion = Suggest(slug) + ".md";
        if (Path.GetExtension(path) != ".md")
        {
            return ($"The file '{name}' ends in '{Path.GetExtension(path)}'; articles must end in lower-case '.md', so it is not published.",
                $"Rename it to '{suggestion}'.");
        }

        if (slug.Length > maxLength)
        {
            return ($"The file name '{Shorten(name)}' is {slug.Length} characters long; page addresses are limited to {maxLength}, so it is not published.",
                $"Rename it to a shorter name such as '{Shorten(suggestion)}'.");
        }

        if (!SlugPattern().IsMatch(slug))
        {
            return (!slug.Equals(slug.ToLowerInvariant(), StringComparison.Ordinal) && SlugPattern().IsMatch(slug.ToLowerInvariant())
                    ? $"The file name '{name}' has capital letters; page addresses are lower-case, so it is not published."
                    : $"The file name '{Shorten(name)}' cannot be a page address, so it is not published.",
                $"Rename it with lower-case letters, digits and single hyphens only, e.g. '{Shorten(suggestion)}'.");
        }

        return null;
    }

    /// <summary>Reports a problem found by <see cref="Problem"/>.</summary>
    public static void Report(DiagnosticBag bag, (string Message, string Hint) problem) =>
        bag.Error(SourcePosition.Start, DiagnosticCodes.InvalidFileName, problem.Message, problem.Hint);

    private static string Suggest(string slug)
    {
        var cleaned = NotSlug().Replace(slug.ToLowerInvariant(), "-").Trim('-');
        return cleaned.Length == 0 ? "article-name" : cleaned;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();
}
