using Clinic.Content.Diagnostics;
using Clinic.Content.Glossary;
using Clinic.Content.Markdown;
using Clinic.Content.References;
using Markdig;
using Markdig.Syntax;

namespace Clinic.Content.Pages;

/// <summary>The parts every Markdown page shares once read: front matter, safe document and citation numbering.</summary>
internal sealed record PageParts(FrontMatter FrontMatter, MarkdownDocument Document, PageRenderer Renderer);

/// <summary>Reads a Markdown page's front matter and body.</summary>
internal static class PageReader
{
    /// <summary>Reads the page, or returns null (with diagnostics) when it has no usable front matter.</summary>
    public static PageParts? Read(string text, IReadOnlyDictionary<string, Reference> library, SiteGlossary glossary, DiagnosticBag bag)
    {
        var frontMatter = FrontMatterReader.Read(text, bag);
        if (frontMatter is null)
        {
            return null;
        }

        var document = Markdig.Markdown.Parse(text, ClinicMarkdown.Pipeline);
        MarkdownSafety.Sanitize(document, bag);
        CareCardChecks.Run(document, bag);
        return new PageParts(frontMatter, document, new PageRenderer(document, library, glossary, bag));
    }
}
