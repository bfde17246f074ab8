using Clinic.Content.Diagnostics;
using Clinic.Content.Glossary;
using Clinic.Content.Markdown;
using Clinic.Content.Reading;
using Clinic.Content.References;
using Markdig.Syntax;

namespace Clinic.Content.Pages;

/// <summary>The parts every Markdown page shares once read: front matter, safe document and citation numbering.</summary>
internal sealed record PageParts(FrontMatter FrontMatter, MarkdownDocument Document, PageRenderer Renderer);

/// <summary>Reads a Markdown page's front matter and body.</summary>
internal static class PageReader
{
    /// <summary>Reads the page, or returns null (with diagnostics) when it has no usable front matter or nests too deeply.</summary>
    public static PageParts? Read(string text, IReadOnlyDictionary<string, Reference> library, SiteGlossary glossary, DiagnosticBag bag, ContentLimits limits)
    {
        var frontMatter = FrontMatterReader.Read(text, bag, limits);
        if (frontMatter is null || Parse(text, bag, limits) is not { } document)
        {
            return null;
        }

        MarkdownSafety.Sanitize(document, bag);
        CareCardChecks.Run(document, bag);
        return new PageParts(frontMatter, document, new PageRenderer(document, library, glossary, bag));
    }

    /// <summary>
    /// The document of a page read before (its text passed every limit then), parsed and made safe again exactly as
    /// <see cref="Read"/> did; what it reports was reported at the first read.
    /// </summary>
    public static MarkdownDocument ParseAgain(string text)
    {
        var ignored = new DiagnosticBag(string.Empty);
        var document = Markdig.Markdown.Parse(text, ClinicMarkdown.Pipeline);
        MarkdownSafety.Sanitize(document, ignored);
        return document;
    }

    /// <summary>Every citation key <paramref name="document"/> uses, resolved or not, in order of first use.</summary>
    public static IReadOnlyList<string> CitedKeys(MarkdownDocument document) =>
        [.. document.Descendants<CitationInline>().SelectMany(c => c.Keys).Select(k => k.Key).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Parses the body within the nesting limit, checked before parsing and again before anything renders.</summary>
    public static MarkdownDocument? Parse(string text, DiagnosticBag bag, ContentLimits limits)
    {
        if (MarkdownNesting.FirstTooDeepLine(text, limits.MaxMarkdownNesting) is { } line)
        {
            MarkdownNesting.Report(bag, line, limits.MaxMarkdownNesting);
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, ClinicMarkdown.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own fail-fast depth limit (markdig#500) for shapes the scan above does not model.
            MarkdownNesting.Report(bag, 1, limits.MaxMarkdownNesting);
            return null;
        }

        if (MarkdownNesting.FirstTooDeepNode(document, limits.MaxMarkdownNesting) is { } deep)
        {
            MarkdownNesting.Report(bag, deep.Line + 1, limits.MaxMarkdownNesting);
            return null;
        }

        return document;
    }
}
