using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Clinic.Content.Lint.Reports;

/// <summary>
/// Wraps each finding's words in a rendered page with <c>&lt;mark id=...&gt;</c>, so a problem list can link to the exact
/// words. For the preview and <c>check --format html</c> only; the public site never shows marks.
/// </summary>
/// <remarks>
/// The rendered HTML carries no source positions, so a finding is matched by its words, and by which occurrence of
/// those words it is in the source body (the third "cures" in the file is the third "cures" on the page).
/// </remarks>
public static class ProblemMarks
{
    /// <summary>The page's HTML fragments with marks added, and the ids of the targets that were found and marked.</summary>
    /// <param name="fragments">The rendered body, in page order (one for an article; the intro and each answer for the FAQ).</param>
    /// <param name="source">The page's Markdown file as read.</param>
    /// <param name="targets">What to mark.</param>
    public static (IReadOnlyList<string> Fragments, IReadOnlySet<string> Marked) Mark(IReadOnlyList<string> fragments, string source, IEnumerable<MarkTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(targets);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(string.Empty);
        var roots = fragments.Select(f =>
        {
            var root = document.CreateElement("div");
            root.InnerHtml = f;
            return root;
        }).ToList();
        var body = BodyStart(source);
        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets.Where(t => t.Text.Trim().Length > 0))
        {
            var offset = Offset(source, target.Line, target.Column);
            if (offset < body)
            {
                continue; // in the front matter (title, summary): not part of the rendered body
            }

            var occurrence = Count(source.AsSpan(body, offset - body), target.Text.Trim());
            if (MarkOccurrence(document, roots, target, occurrence))
            {
                marked.Add(target.Id);
            }
        }

        return (roots.Select(r => r.InnerHtml).ToList(), marked);
    }

    /// <summary>A page's rendered body in page order: an article's body; the FAQ's intro, then each answer.</summary>
    public static IReadOnlyList<string> BodyOf(Clinic.Content.Pages.ContentPage page) => page switch
    {
        Clinic.Content.Articles.Article article => [article.Html],
        Clinic.Content.Faq.FaqPage faq => [faq.IntroHtml, .. faq.Questions.Select(q => q.AnswerHtml)],
        _ => [],
    };

    private static bool MarkOccurrence(IDocument document, List<IElement> roots, MarkTarget target, int occurrence)
    {
        var texts = roots.SelectMany(r => r.Descendants<IText>()).ToList();
        var joined = string.Concat(texts.Select(t => t.Data));
        var words = target.Text.Trim();
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = joined.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
        }

        // The words may cross inline elements (emphasis, links): mark each text node's share; the first carries the id.
        var end = at + words.Length;
        var start = 0;
        var first = true;
        foreach (var text in texts)
        {
            var from = Math.Max(at, start);
            var to = Math.Min(end, start + text.Data.Length);
            start += text.Data.Length;
            if (from >= to)
            {
                continue;
            }

            var node = text;
            var localFrom = from - (start - text.Data.Length);
            if (localFrom > 0)
            {
                node = node.Split(localFrom);
            }

            if (to - from < node.Data.Length)
            {
                node.Split(to - from);
            }

            var mark = document.CreateElement("mark");
            mark.ClassName = $"problem-mark problem-mark-{target.Severity}";
            mark.SetAttribute("title", target.Title);
            if (first)
            {
                mark.Id = target.Id;
                first = false;
            }

            node.Parent!.ReplaceChild(mark, node);
            mark.AppendChild(node);
        }

        return true;
    }

    private static int Count(ReadOnlySpan<char> text, string words)
    {
        var count = 0;
        for (var i = text.IndexOf(words, StringComparison.Ordinal); i >= 0; i = Next(text, words, i))
        {
            count++;
        }

        return count;

        static int Next(ReadOnlySpan<char> text, string words, int after)
        {
            var rest = text[(after + 1)..].IndexOf(words, StringComparison.Ordinal);
            return rest < 0 ? -1 : after + 1 + rest;
        }
    }

    /// <summary>Where the Markdown body starts: after the closing '---' of the front matter, else at 0.</summary>
    private static int BodyStart(string source)
    {
        if (!source.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }

        var offset = source.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (offset > 0 && offset < source.Length)
        {
            var next = source.IndexOf('\n', offset);
            var line = (next < 0 ? source[offset..] : source[offset..next]).TrimEnd('\r');
            offset = next < 0 ? source.Length : next + 1;
            if (line is "---" or "...")
            {
                return offset;
            }
        }

        return 0;
    }

    private static int Offset(string source, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset < source.Length; l++)
        {
            var next = source.IndexOf('\n', offset);
            offset = next < 0 ? source.Length : next + 1;
        }

        return Math.Min(source.Length, offset + Math.Max(0, column - 1));
    }
}
