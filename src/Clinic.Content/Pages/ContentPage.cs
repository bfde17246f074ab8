using Clinic.Content.Diagnostics;
using Clinic.Content.References;
using Markdig.Syntax;

namespace Clinic.Content.Pages;

/// <summary>A Markdown page of the site (an article or the FAQ): its front matter, parsed body and rendered HTML.</summary>
public abstract class ContentPage
{
    /// <summary>Full path of the Markdown file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The file's text as it was read for this snapshot, so the linter judges exactly what is served without reading it again.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The page's front matter.</summary>
    public required FrontMatter FrontMatter { get; init; }

    /// <summary>The whole file parsed by <see cref="Markdown.ClinicMarkdown.Pipeline"/>; positions are file-true. Read only.</summary>
    public required MarkdownDocument Document { get; init; }

    /// <summary>The rendered body (safe HTML: no raw HTML, no unsafe links).</summary>
    public required string Html { get; init; }

    /// <summary>The references the page cites, numbered in order of first use.</summary>
    public required IReadOnlyList<CitedReference> Citations { get; init; }

    /// <summary>Problems found in this page's file.</summary>
    public required IReadOnlyList<ContentDiagnostic> Diagnostics { get; init; }

    /// <summary>The page title, or the file name when the front matter has none.</summary>
    public string Title => FrontMatter.Title ?? System.IO.Path.GetFileNameWithoutExtension(SourcePath);

    /// <summary>The one-line summary shown in lists, or empty.</summary>
    public string Summary => FrontMatter.Summary ?? string.Empty;

    /// <summary>True when the page has a problem that stops it from being published as written.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>True when the page cites the reference with this key.</summary>
    public bool Cites(string key) => Citations.Any(c => string.Equals(c.Reference.Key, key, StringComparison.OrdinalIgnoreCase));
}
