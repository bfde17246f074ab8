using Clinic.Content.Diagnostics;
using Clinic.Content.Glossary;
using Clinic.Content.Pages;
using Clinic.Content.Reading;
using Clinic.Content.References;

namespace Clinic.Content.Articles;

/// <summary>Reads one article file.</summary>
internal static class ArticleReader
{
    public static Article? Read(string path, string text, IReadOnlyDictionary<string, Reference> library, SiteGlossary glossary, DiagnosticBag bag, ContentLimits limits)
    {
        // The loader has already checked the name (ArticleFileName), so the file name is the address.
        var slug = Path.GetFileNameWithoutExtension(path);
        var parts = PageReader.Read(text, library, glossary, bag, limits);
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
            CitedKeys = PageReader.CitedKeys(parts.Document),
            Html = parts.Renderer.Render(parts.Document),
            Citations = parts.Renderer.Citations,
            Diagnostics = bag.Items,
        };
    }
}
