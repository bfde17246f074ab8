using Clinic.Content.Diagnostics;
using Clinic.Content.Glossary;
using Clinic.Content.References;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace Clinic.Content.Markdown;

/// <summary>Numbers a page's citations by first use and renders its Markdown to safe HTML.</summary>
internal sealed class PageRenderer
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<CitationKey, int> useOf = [];
    private readonly SiteGlossary glossary;
    private int termTips;

    public PageRenderer(MarkdownDocument document, IReadOnlyDictionary<string, Reference> library, SiteGlossary glossary, DiagnosticBag bag)
    {
        this.glossary = glossary;
        var cited = new List<CitedReference>();
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var citation in document.Descendants<CitationInline>())
        {
            foreach (var key in citation.Keys)
            {
                var at = new SourcePosition(key.Line, key.Column);
                if (!key.IsWellFormed)
                {
                    bag.Error(at, DiagnosticCodes.MalformedCitation,
                        $"'{key.Key}' is not a citation key.",
                        "Write citations as [@key] or [@key1; @key2], where each key is a `key:` from references.yaml.");
                }
                else if (!library.TryGetValue(key.Key, out var reference))
                {
                    bag.Error(at, DiagnosticCodes.UnknownCitation,
                        $"The citation key '{key.Key}' is not in references.yaml.",
                        Suggest(key.Key, library.Keys));
                }
                else
                {
                    if (!numbers.ContainsKey(reference.Key))
                    {
                        numbers[reference.Key] = cited.Count + 1;
                        cited.Add(new CitedReference(cited.Count + 1, reference));
                    }

                    // Numbered in reading order, so the reference list can link back to each place, first to last.
                    uses[reference.Key] = uses.GetValueOrDefault(reference.Key) + 1;
                    useOf[key] = uses[reference.Key];
                }
            }
        }

        Citations = cited.Select(c => c with { Uses = uses[c.Reference.Key] }).ToList();
    }

    /// <summary>The cited references, numbered in order of first use.</summary>
    public IReadOnlyList<CitedReference> Citations { get; }

    /// <summary>Renders the given top-level blocks (or the whole document) to HTML.</summary>
    public string Render(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ClinicMarkdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new SilentHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new SilentHtmlInlineRenderer());
        renderer.ObjectRenderers.Add(new CitationRenderer(numbers, useOf));
        // A fresh renderer per call: each rendered part (an article, one FAQ answer) links a term's first use.
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(
            new GlossaryLinkRenderer(glossary, () => "term-" + (++termTips).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    private static string Suggest(string key, IEnumerable<string> known)
    {
        var close = known.FirstOrDefault(k => k.StartsWith(key[..Math.Min(3, key.Length)], StringComparison.OrdinalIgnoreCase));
        return close is null
            ? "Add the study to content/references.yaml with this key, or correct the key."
            : $"Correct the key (did you mean '{close}'?) or add the study to content/references.yaml.";
    }
}
