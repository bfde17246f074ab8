using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Pages;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Lint.Checks;

/// <summary>Flags a diagram that is not followed by its text equivalent: a paragraph, then the steps as a list.</summary>
internal static class DiagramTextCheck
{
    /// <summary>Images served from the site's own diagram folder; other images have only their alt text to carry.</summary>
    public const string DiagramPath = "/diagrams/";

    /// <summary>Adds a finding to <paramref name="findings"/> for each diagram on <paramref name="page"/> that breaks the rule.</summary>
    public static void Run(RuleSet rules, ContentPage page, string file, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(findings);
        if (rules.ForCheck(PageCheckNames.DiagramText) is not { } rule)
        {
            return;
        }

        var document = page.Document;
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && l.Url?.StartsWith(DiagramPath, StringComparison.Ordinal) == true))
        {
            // The image's top-level block: the paragraph it sits in (or the list or quote around that paragraph).
            Block block = image.Parent!.ParentBlock!;
            while (block.Parent is { } parent && parent != document)
            {
                block = parent;
            }

            var at = document.IndexOf(block);
            var described = at >= 0 && at + 2 < document.Count && document[at + 1] is ParagraphBlock && document[at + 2] is ListBlock;
            if (!described)
            {
                findings.Add(new Finding(file, new SourceRange(image.Line + 1, image.Column + 1, image.Line + 1, image.Column + 2),
                    rule.Id, rule.Category, rule.Severity, $"{rule.Message} ('{image.Url}')", rule.Fix, image.Url ?? string.Empty));
            }
        }
    }
}
