using Clinic.Content.Articles;
using Clinic.Content.Diagnostics;

namespace Clinic.Content.Reading;

/// <summary>The Markdown files of a content folder, found the way the loader finds them (never outside the root, never a device).</summary>
public static class ContentFiles
{
    /// <summary>Every readable Markdown page file (articles/**/*.md in any letter case, and faq.md); refused paths are left out, the loader reports them.</summary>
    public static IReadOnlyList<string> MarkdownPages(string contentRoot, ContentLimits? limits = null)
    {
        var reader = new ContentFileReader(contentRoot, limits);
        var folder = new ContentFolder(reader, new List<ContentDiagnostic>());
        var root = Path.GetFullPath(contentRoot);
        var pages = folder.Files(Path.Combine(root, "articles"), recursive: true).Where(ArticleFileName.LooksLikeMarkdown).ToList();
        var faq = Path.Combine(root, "faq.md");
        if (File.Exists(faq))
        {
            pages.Add(faq);
        }

        return pages.Where(p => reader.Refusal(p) is null).ToList();
    }
}
