using Clinic.Content.Diagnostics;
using Clinic.Content.Glossary;
using Clinic.Content.Pages;
using Clinic.Content.Reading;
using Clinic.Content.References;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Clinic.Content.Faq;

/// <summary>Reads content/faq.md: every <c>## </c> heading is a question, the text under it its answer.</summary>
internal static class FaqReader
{
    public static FaqPage? Read(string path, string text, IReadOnlyDictionary<string, Reference> library, SiteGlossary glossary, DiagnosticBag bag, ContentLimits limits)
    {
        var parts = PageReader.Read(text, library, glossary, bag, limits);
        if (parts is null)
        {
            return null;
        }

        var intro = new List<Block>();
        var questions = new List<FaqQuestion>();
        HeadingBlock? heading = null;
        var answer = new List<Block>();

        void Close()
        {
            if (heading is not null)
            {
                questions.Add(new FaqQuestion(
                    heading.GetAttributes().Id ?? $"q{questions.Count + 1}",
                    HeadingText(heading),
                    parts.Renderer.Render(answer),
                    heading.Line + 1));
            }

            answer = [];
        }

        foreach (var block in parts.Document)
        {
            if (block is HeadingBlock { Level: 2 } h2)
            {
                Close();
                heading = h2;
            }
            else if (heading is null)
            {
                intro.Add(block);
            }
            else
            {
                answer.Add(block);
            }
        }

        Close();
        if (questions.Count == 0)
        {
            bag.Warning(SourcePosition.Start, DiagnosticCodes.MissingField, "The FAQ has no questions.",
                "Write each question as a heading line starting with '## ', with its answer below it.");
        }

        return new FaqPage
        {
            SourcePath = path,
            Text = text,
            FrontMatter = parts.FrontMatter,
            Document = parts.Document,
            CitedKeys = PageReader.CitedKeys(parts.Document),
            Html = parts.Renderer.Render(parts.Document),
            IntroHtml = parts.Renderer.Render(intro),
            Questions = questions,
            Citations = parts.Renderer.Citations,
            Diagnostics = bag.Items,
        };
    }

    private static string HeadingText(HeadingBlock heading)
    {
        var text = heading.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>()
            .Select(l => l.Content.ToString());
        return text is null ? string.Empty : string.Concat(text).Trim();
    }
}
