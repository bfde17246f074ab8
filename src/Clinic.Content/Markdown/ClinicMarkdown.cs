using Markdig;

namespace Clinic.Content.Markdown;

/// <summary>The one Markdown pipeline of the site and the linter, built once and shared (Markdig pipelines are thread-safe).</summary>
public static class ClinicMarkdown
{
    /// <summary>CommonMark plus pipe tables, YAML front matter, GitHub-style heading ids, citations and exact source positions.</summary>
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
        .Build();
}
