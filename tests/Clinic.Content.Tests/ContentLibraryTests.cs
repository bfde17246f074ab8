using System.Text;
using System.Text.RegularExpressions;
using Clinic.Content.Markdown;
using Clinic.Content.Pages;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clinic.Content.Tests;

/// <summary>The science library the clinic ships (issue 4's standards).</summary>
public sealed partial class ContentLibraryTests
{
    private static readonly ContentSnapshot Shipped = ContentLoader.Load(RepositoryRoot.Content);

    private static IEnumerable<ContentPage> Pages => Shipped.Articles.Cast<ContentPage>().Append(Shipped.Faq!);

    [Fact]
    public void The_library_has_at_least_8_published_articles_12_questions_and_14_references()
    {
        Shipped.VisibleArticles(PublicationPolicy.Production).Should().HaveCountGreaterThanOrEqualTo(8);
        Shipped.Faq!.Questions.Should().HaveCountGreaterThanOrEqualTo(12);
        Shipped.References.Should().HaveCountGreaterThanOrEqualTo(14);
    }

    [Fact]
    public void Every_reference_is_cited_by_at_least_one_page()
    {
        var uncited = Shipped.References.Where(r => !Pages.Any(p => p.Cites(r.Key))).Select(r => r.Key);

        uncited.Should().BeEmpty("the research library lists only studies the pages rely on");
    }

    [Theory]
    [InlineData("addictive")]
    [InlineData("FDA-approved for depression")]
    [InlineData("prescription")]
    [InlineData("at home")]
    [InlineData("hallucinate")]
    [InlineData("should not take")]
    [InlineData("crisis")]
    [InlineData("esketamine")]
    [InlineData("subanesthetic")]
    [InlineData("antidepressants")]
    public void The_faq_answers_the_questions_patients_ask_first(string topic)
    {
        Shipped.Faq!.Questions.Select(q => q.Question).Should().Contain(q => q.Contains(topic, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_crisis_answer_gives_988_and_911()
    {
        var answer = Shipped.Faq!.Questions.Single(q => q.Question.Contains("crisis", StringComparison.OrdinalIgnoreCase)).AnswerHtml;

        answer.Should().Contain("988").And.Contain("911");
    }

    [Fact]
    public void Every_page_has_a_one_or_two_sentence_summary_and_a_clinician_reviewer()
    {
        foreach (var page in Pages)
        {
            SentenceEnd().Count(page.Summary).Should().BeInRange(1, 2, page.SourcePath);
            page.FrontMatter.Reviewer.Should().MatchRegex(@",\s*(MD|DO|PharmD|NP|PA-C|RN)\b", page.SourcePath);
            page.FrontMatter.Tags.Should().NotBeEmpty(page.SourcePath);
        }
    }

    [Fact]
    public void Every_sentence_that_cites_an_animal_study_says_it_was_in_animals()
    {
        var animalKeys = Shipped.References.Where(r => r.Population == "animals").Select(r => r.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var checkedSentences = 0;
        foreach (var page in Pages)
        {
            foreach (var sentence in CitingSentences(page.Document).Where(s => s.Keys.Any(animalKeys.Contains)))
            {
                checkedSentences++;
                sentence.Text.Should().MatchRegex(@"(?i)\b(rats?|mice|mouse|rodents?|animals?)\b", $"{page.SourcePath}: an animal finding must say so");
            }
        }

        checkedSentences.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Every_diagram_is_used_and_followed_by_a_text_equivalent()
    {
        foreach (var name in Shipped.Diagrams.Keys)
        {
            var article = Shipped.Articles.Single(a => a.Html.Contains($"/diagrams/{name}", StringComparison.Ordinal));
            var image = article.Document.Descendants<LinkInline>().Single(l => l.IsImage && l.Url == $"/diagrams/{name}");
            var paragraph = image.Parent!.ParentBlock!;
            var next = article.Document[article.Document.IndexOf(paragraph) + 1];
            next.Should().BeOfType<ParagraphBlock>(article.SourcePath);
            article.Document[article.Document.IndexOf(paragraph) + 2].Should().BeOfType<ListBlock>("the steps follow in words");
        }
    }

    /// <summary>Each sentence of the page's prose with the citation keys it carries.</summary>
    private static IEnumerable<(string Text, IReadOnlyList<string> Keys)> CitingSentences(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            var text = new StringBuilder();
            foreach (var inline in block.Inline!.Descendants<Inline>())
            {
                text.Append(inline switch
                {
                    CitationInline citation => string.Concat(citation.Keys.Select(k => $"{{@{k.Key}}}")),
                    LiteralInline literal => literal.Content.ToString(),
                    LineBreakInline => " ",
                    _ => string.Empty,
                });
            }

            foreach (var sentence in SentenceBreak().Split(text.ToString()))
            {
                var keys = CitationMarker().Matches(sentence).Select(m => m.Groups[1].Value).ToList();
                if (keys.Count > 0)
                {
                    yield return (sentence, keys);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\{@([^}]+)\}")]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"[.!?](\s|$)")]
    private static partial Regex SentenceEnd();
}
