using Clinic.Content.Diagnostics;
using Clinic.Content.Pages;
using Clinic.Content.Reading;
using Markdig;
using Markdig.Syntax;

namespace Clinic.Content.Markdown;

/// <summary>The one Markdown pipeline of the site and the linter, built once and shared (Markdig pipelines are thread-safe).</summary>
public static class ClinicMarkdown
{
    /// <summary>CommonMark plus pipe tables, YAML front matter, GitHub-style heading ids, citations, care cards, table captions and exact source positions.</summary>
    /// <remarks>
    /// Raw HTML is still parsed, so that it can be reported and so that claim-lint comments can be read,
    /// but <see cref="PageRenderer"/> never writes it out.
    /// </remarks>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Use<HeadingIdExtension>()
        .UsePreciseSourceLocation()
        .Use<CitationExtension>()
        .Use<CareCardExtension>()
        .Use<TableCaptionExtension>()
        .Build();

    /// <summary>Parses Markdown within <see cref="ContentLimits.MaxMarkdownNesting"/>, checked before parsing and before anything
    /// renders; returns null after reporting to <paramref name="bag"/> when the text nests too deeply.</summary>
    public static MarkdownDocument? ParseBounded(string text, ContentLimits limits, DiagnosticBag bag) => PageReader.Parse(text, bag, limits);
}
