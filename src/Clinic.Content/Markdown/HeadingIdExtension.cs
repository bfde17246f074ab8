using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Markdown;

/// <summary>
/// GitHub-style heading ids ("how-it-works", then "how-it-works-1", "-2"...), as Markdig's AutoIdentifiers makes them,
/// but in linear time: Markdig retries every suffix from 1 for each repeated heading, so 20,000 equal headings took
/// 200 million tries. Here each base id remembers its next free suffix.
/// </summary>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object UsedIdsKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Setext headings start life as paragraphs, so both parsers are hooked.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    /// <summary>The ids a parsed document's headings took, for tests of the work done.</summary>
    internal static UsedIds? Of(MarkdownDocument document) => document.GetData(UsedIdsKey) as UsedIds;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } content } heading || heading.GetAttributes().Id is not null)
        {
            return;
        }

        if (processor.Document.GetData(UsedIdsKey) is not UsedIds used)
        {
            used = new UsedIds();
            processor.Document.SetData(UsedIdsKey, used);
        }

        var text = LinkHelper.UrilizeAsGfm(used.PlainText(content));
        heading.GetAttributes().Id = used.Claim(string.IsNullOrEmpty(text) ? "section" : text);
    }

    /// <summary>The ids taken in one document, and for each base id the last suffix handed out.</summary>
#pragma warning disable CA1001 // The StringWriter holds no resource: it writes to a StringBuilder that lives as long as the document.
    internal sealed class UsedIds
#pragma warning restore CA1001
    {
        private readonly HashSet<string> taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> lastSuffix = new(StringComparer.Ordinal);

        // One text renderer per document, not per heading: building a renderer (its table of object renderers) cost
        // more than rendering a heading's few words.
        private readonly StringWriter writer = new();
        private HtmlRenderer? renderer;

        /// <summary>The heading's text as Markdig's AutoIdentifiers reads it (no HTML, no escaping).</summary>
        public string PlainText(ContainerInline content)
        {
            renderer ??= new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
            writer.GetStringBuilder().Clear();
            renderer.Render(content);
            writer.Flush();
            return writer.ToString();
        }

        /// <summary>How many candidate ids were tried in all: linear work means about one per heading.</summary>
        public int Tries { get; private set; }

        public string Claim(string id)
        {
            Tries++;
            if (taken.Add(id))
            {
                return id;
            }

            var suffix = lastSuffix.GetValueOrDefault(id);
            string candidate;
            do
            {
                candidate = $"{id}-{++suffix}";
                Tries++;
            }
            while (!taken.Add(candidate));

            lastSuffix[id] = suffix;
            return candidate;
        }
    }
}
