using System.Text;
using Clinic.Content.Diagnostics;
using Clinic.Content.References;
using Markdig.Syntax;

namespace Clinic.Content.Pages;

/// <summary>A Markdown page of the site (an article or the FAQ): its front matter, parsed body and rendered HTML.</summary>
public abstract class ContentPage
{
    /// <summary>Full path of the Markdown file.</summary>
    public required string SourcePath { get; init; }

    // The source text and the rendered HTML are held as UTF-8, half the size of .NET's UTF-16 strings: at 5,000 articles
    // the two were the largest part of the snapshot, and each is read a few times per snapshot (lint, the one render of
    // a page, the lint cache's key), never per request, so decoding on read costs nothing a reader notices.
    private readonly byte[] text = [];
    private readonly byte[] html = [];

    /// <summary>The file's text as it was read for this snapshot, so the linter judges exactly what is served without reading it again.</summary>
    public string Text
    {
        get => Encoding.UTF8.GetString(text);
        init => text = Encoding.UTF8.GetBytes(value);
    }

    /// <summary>The page's front matter.</summary>
    public required FrontMatter FrontMatter { get; init; }

    // The syntax tree, held strongly until the snapshot's first lint is done (ContentSnapshot.ReleaseSyntaxTrees), then
    // only weakly: at thousands of articles the trees were a fifth of the heap, and only a later lint's cache misses
    // read them again (what pages and the lint cache need from a tree is kept: Sections, CitedKeys, Citations).
    private object tree = null!;

    /// <summary>
    /// The whole file parsed by <see cref="Markdown.ClinicMarkdown.Pipeline"/> and made safe; positions are file-true.
    /// Read only. Once released, it is parsed again from <see cref="Text"/> when asked for (the same tree).
    /// </summary>
    public required MarkdownDocument Document
    {
        get
        {
            var held = Volatile.Read(ref tree);
            if (held is MarkdownDocument document)
            {
                return document;
            }

            if (((WeakReference<MarkdownDocument>)held).TryGetTarget(out var alive))
            {
                return alive;
            }

            var parsed = PageReader.ParseAgain(Text);
            Volatile.Write(ref tree, new WeakReference<MarkdownDocument>(parsed));
            return parsed;
        }

        init => tree = value;
    }

    /// <summary>The page's level-2 headings that have an id, in order: its sections, for the contents list.</summary>
    public required IReadOnlyList<PageSection> Sections { get; init; }

    /// <summary>Every citation key the page uses, resolved or not, in order of first use (read without the syntax tree).</summary>
    public required IReadOnlyList<string> CitedKeys { get; init; }

    /// <summary>The rendered body (safe HTML: no raw HTML, no unsafe links).</summary>
    public required string Html
    {
        get => Encoding.UTF8.GetString(html);
        init => html = Encoding.UTF8.GetBytes(value);
    }

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

    /// <summary>Keeps the syntax tree only weakly from now on (see <see cref="Document"/>).</summary>
    internal void ReleaseSyntaxTree()
    {
        if (Volatile.Read(ref tree) is MarkdownDocument document)
        {
            Volatile.Write(ref tree, new WeakReference<MarkdownDocument>(document));
        }
    }

    /// <summary>True when the page cites the reference with this key.</summary>
    public bool Cites(string key) => Citations.Any(c => string.Equals(c.Reference.Key, key, StringComparison.OrdinalIgnoreCase));
}
