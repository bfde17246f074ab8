using Clinic.Content.Diagnostics;
using Clinic.Content.Links;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Markdown;

/// <summary>Removes what a page must never send a reader: script-scheme links, third-party images and raw HTML.</summary>
internal static class MarkdownSafety
{
    /// <summary>Rewrites <paramref name="document"/> in place and reports each removal.</summary>
    public static void Sanitize(MarkdownDocument document, DiagnosticBag bag)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
            if (link.IsImage ? IsOwnImage(url) : IsSafeLink(url))
            {
                continue;
            }

            bag.Warning(At(link), DiagnosticCodes.UnsafeLink,
                link.IsImage
                    ? $"The image address '{Shorten(url)}' is not on this site, so the image was dropped (readers' browsers would contact another server)."
                    : $"The link address '{Shorten(url)}' is not allowed, so the link was removed and only its text is shown.",
                link.IsImage
                    ? "Put the image in content/diagrams/ and refer to it as /diagrams/<name>.svg."
                    : "Link with https://, mailto:, tel: or a site address such as /faq.");
            Unwrap(link, keepChildren: !link.IsImage);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeLink(autolink.Url))
            {
                bag.Warning(At(autolink), DiagnosticCodes.UnsafeLink,
                    $"The link address '{Shorten(autolink.Url)}' is not allowed, so it was removed.",
                    "Link with https://, mailto: or tel:.");
                autolink.ReplaceBy(new LiteralInline(string.Empty));
            }
        }

        foreach (var html in document.Descendants<HtmlBlock>())
        {
            if (html.Type != HtmlBlockType.Comment)
            {
                bag.Warning(At(html), DiagnosticCodes.RawHtml,
                    "Raw HTML is not shown on the site, so this block was dropped.",
                    "Write it in Markdown instead: **bold**, *italic*, [link](https://...), lists and tables.");
            }
        }

        foreach (var html in document.Descendants<HtmlInline>())
        {
            if (!html.Tag.StartsWith("<!--", StringComparison.Ordinal) && !html.Tag.StartsWith("</", StringComparison.Ordinal))
            {
                bag.Warning(At(html), DiagnosticCodes.RawHtml,
                    $"The HTML tag {Shorten(html.Tag)} is not shown on the site.",
                    "Use Markdown instead of HTML tags.");
            }
        }
    }

    /// <summary>True for links a reader can safely follow.</summary>
    public static bool IsSafeLink(string url) => LinkPolicy.IsSafe(url);

    /// <summary>True for images served by this site itself.</summary>
    public static bool IsOwnImage(string url) => LinkPolicy.Classify(url) == LinkKind.Site;

    private static void Unwrap(LinkInline link, bool keepChildren)
    {
        if (keepChildren)
        {
            var children = link.ToList();
            foreach (var child in children)
            {
                child.Remove();
                link.InsertBefore(child);
            }
        }

        link.Remove();
    }

    private static SourcePosition At(MarkdownObject node) => new(node.Line + 1, node.Column + 1);

    private static string Shorten(string text) => LinkPolicy.Shorten(text);
}
