using AngleSharp.Dom;

namespace Clinic.Content.Lint.Extraction;

/// <summary>
/// What the extractor needs to know about each element's subtree (text length, short text, whether it holds a cited
/// work), computed once bottom-up. Asking AngleSharp per element (TextContent, QuerySelector) walks the subtree each
/// time: 100,000 nested &lt;div&gt;s took minutes, and its recursion could exhaust the stack.
/// </summary>
internal sealed class HtmlSubtrees
{
    /// <summary>Texts longer than this are not kept: only citation markers such as "[3, 4]" are read whole.</summary>
    private const int SmallTextLimit = 64;

    private readonly Dictionary<INode, Facts> facts = new(ReferenceEqualityComparer.Instance);

    public HtmlSubtrees(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.DocumentElement is { } root)
        {
            Measure(root);
        }
    }

    /// <summary>The length of the element's text, as TextContent would give it.</summary>
    public long TextLength(IElement element) => facts.TryGetValue(element, out var f) ? f.TextLength : 0;

    /// <summary>The element's text when it is short, else null.</summary>
    public string? SmallText(IElement element) => facts.TryGetValue(element, out var f) ? f.SmallText : string.Empty;

    /// <summary>True when a descendant is a &lt;cite&gt; or a DOI/PubMed link.</summary>
    public bool HoldsCitedWork(IElement element) => facts.TryGetValue(element, out var f) && f.DescendantCitesWork;

    /// <summary>Links to DOI or PubMed records.</summary>
    public static bool IsCitationLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { } href
        && (href.Contains("doi.org/", StringComparison.OrdinalIgnoreCase)
            || href.Contains("pubmed", StringComparison.OrdinalIgnoreCase)
            || href.Contains("ncbi.nlm.nih.gov", StringComparison.OrdinalIgnoreCase));

    /// <summary>Post-order walk with an explicit stack: children are measured before their parent.</summary>
    private void Measure(INode root)
    {
        var pending = new Stack<(INode Node, bool ChildrenDone)>();
        pending.Push((root, false));
        while (pending.TryPop(out var item))
        {
            if (!item.ChildrenDone)
            {
                pending.Push((item.Node, true));
                foreach (var child in item.Node.ChildNodes)
                {
                    pending.Push((child, false));
                }

                continue;
            }

            long length = 0;
            var small = new System.Text.StringBuilder();
            var citesWork = false;
            foreach (var child in item.Node.ChildNodes)
            {
                var childFacts = child switch
                {
                    IText text => new Facts(text.Data.Length, text.Data.Length <= SmallTextLimit ? text.Data : null, false),
                    _ => facts.GetValueOrDefault(child),
                };
                length += childFacts.TextLength;
                if (childFacts.SmallText is { } part && small.Length + part.Length <= SmallTextLimit && length <= SmallTextLimit)
                {
                    small.Append(part);
                }

                citesWork |= childFacts.DescendantCitesWork
                    || (child is IElement element && (element.LocalName == "cite" || (element.HasAttribute("href") && IsCitationLink(element))));
            }

            if (item.Node is IElement)
            {
                facts[item.Node] = new Facts(length, length <= SmallTextLimit ? small.ToString() : null, citesWork);
            }
        }
    }

    private readonly record struct Facts(long TextLength, string? SmallText, bool DescendantCitesWork);
}
