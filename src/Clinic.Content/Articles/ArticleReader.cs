using System.Text.RegularExpressions;
using Clinic.Content.Diagnostics;
using Clinic.Content.Glossary;
using Clinic.Content.Pages;
using Clinic.Content.References;

namespace Clinic.Content.Articles;

/// <summary>Reads one article file.</summary>
internal static partial class ArticleReader
{
    /// <summary>The slug an article file maps to: its lower-cased file name.</summary>
    public static string SlugOf(string path) => Path.GetFileNameWithoutExtension(path).ToLowerInvariant();

    public static Article? Read(string path, string text, IReadOnlyDictionary<string, Reference> library, SiteGlossary glossary, DiagnosticBag bag)
    {
        var slug = SlugOf(path);
        if (!SlugPattern().IsMatch(slug))
        {
            bag.Error(SourcePosition.Start, DiagnosticCodes.InvalidField,
                $"The file name '{Path.GetFileName(path)}' cannot be a page address.",
                "Rename the file with lower-case letters, digits and single hyphens only, e.g. 'how-ketamine-works.md'.");
            return null;
        }

        var parts = PageReader.Read(text, library, glossary, bag);
        if (parts is null)
        {
            return null;
        }

        return new Article
        {
            Slug = slug,
            SourcePath = path,
            Text = text,
            FrontMatter = parts.FrontMatter,
            Document = parts.Document,
            Html = parts.Renderer.Render(parts.Document),
            Citations = parts.Renderer.Citations,
            Diagnostics = bag.Items,
        };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
