using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Clinic.Content;
using Clinic.Content.Pages;

namespace Clinic.Web.Tests;

/// <summary>The JSON-LD blocks search engines read say the same as the page: title, summary, review, audience, sources.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed partial class StructuredDataTests(ShippedSiteFixture fixture)
{
    private static readonly ContentSnapshot Shipped = ContentLoader.Load(RepositoryRoot.Content);
    private readonly SiteFactory site = fixture.Site;

    [Fact]
    public async Task Every_article_carries_a_MedicalWebPage_block_that_matches_its_content()
    {
        var articles = Shipped.VisibleArticles(PublicationPolicy.Production).ToList();
        articles.Should().NotBeEmpty();

        foreach (var article in articles)
        {
            var path = "/articles/" + article.Slug;
            using var json = await JsonLdAsync(path);
            var page = json.RootElement;

            page.GetProperty("@context").GetString().Should().Be("https://schema.org", path);
            page.GetProperty("@type").GetString().Should().Be("MedicalWebPage", path);
            page.GetProperty("url").GetString().Should().Be(new Uri(Shipped.Site.BaseUrl, path.TrimStart('/')).AbsoluteUri, path);
            page.GetProperty("name").GetString().Should().Be(article.Title, path);
            page.GetProperty("description").GetString().Should().Be(article.Summary, path);
            ShouldCarryReview(page, article.FrontMatter, path);
            var audience = page.GetProperty("medicalAudience");
            audience.GetProperty("@type").GetString().Should().Be("MedicalAudience", path);
            audience.GetProperty("audienceType").GetString().Should().Be("Patient", path);
        }
    }

    [Fact]
    public async Task Every_cited_study_is_listed_as_a_ScholarlyArticle_with_its_DOI_in_reference_list_order()
    {
        var withDoi = 0;
        foreach (var article in Shipped.VisibleArticles(PublicationPolicy.Production))
        {
            var path = "/articles/" + article.Slug;
            using var json = await JsonLdAsync(path);
            var citations = json.RootElement.GetProperty("citation").EnumerateArray().ToList();

            citations.Should().HaveCount(article.Citations.Count, $"{path} lists each reference once");
            foreach (var (entry, cited) in citations.Zip(article.Citations.OrderBy(c => c.Number)))
            {
                var reference = cited.Reference;
                entry.GetProperty("name").GetString().Should().Be(reference.Title, path);
                if (reference.Doi is null)
                {
                    continue;
                }

                withDoi++;
                entry.GetProperty("@type").GetString().Should().Be("ScholarlyArticle", $"{path}: {reference.Key}");
                entry.GetProperty("identifier").EnumerateArray()
                    .Should().Contain(id => id.GetProperty("propertyID").GetString() == "DOI" && id.GetProperty("value").GetString() == reference.Doi,
                        $"{path}: {reference.Key} is identified by its DOI");
                entry.GetProperty("sameAs").EnumerateArray().Select(u => u.GetString())
                    .Should().Contain(reference.DoiLink!.AbsoluteUri, path);
            }
        }

        withDoi.Should().BeGreaterThan(10, "the shipped articles cite studies with DOIs");
    }

    [Fact]
    public async Task The_FAQ_carries_an_FAQPage_block_with_every_question_and_its_answer_as_plain_text()
    {
        var faq = Shipped.VisibleFaq(PublicationPolicy.Production)!;
        var (_, document) = await site.GetPageAsync("/faq");
        using var json = JsonLdOf(document, "/faq");
        var page = json.RootElement;

        page.GetProperty("@type").GetString().Should().Be("FAQPage");
        page.GetProperty("name").GetString().Should().Be(faq.Title);
        page.GetProperty("description").GetString().Should().Be(faq.Summary);
        ShouldCarryReview(page, faq.FrontMatter, "/faq");
        var questions = page.GetProperty("mainEntity").EnumerateArray().ToList();
        questions.Should().HaveCount(faq.Questions.Count);
        var shown = document.QuerySelectorAll("details.faq-item").ToList();
        foreach (var (entry, (question, details)) in questions.Zip(faq.Questions.Zip(shown)))
        {
            entry.GetProperty("@type").GetString().Should().Be("Question");
            entry.GetProperty("name").GetString().Should().Be(question.Question);
            var answer = entry.GetProperty("acceptedAnswer");
            answer.GetProperty("@type").GetString().Should().Be("Answer");
            var text = answer.GetProperty("text").GetString()!;
            text.Should().NotContain("<", question.Question).And.NotMatchRegex(@"\[\d", "citation markers make no sense out of the page");
            // The same words the reader sees under the question, less the citation markers.
            var visible = details.QuerySelector(".faq-answer")!.Clone() as IElement;
            foreach (var marker in visible!.QuerySelectorAll("sup.citation, .term-tip").ToList())
            {
                marker.Remove();
            }

            Squash(text).Should().Be(Squash(visible.TextContent), question.Question);
        }
    }

    [Fact]
    public async Task Pages_that_are_not_medical_content_carry_no_medical_block()
    {
        foreach (var path in new[] { "/", "/research", "/no-such-page" })
        {
            var (_, document) = await site.GetPageAsync(path);
            // A breadcrumb trail is navigation, not a medical claim; anything else would be.
            document.QuerySelectorAll("script[type='application/ld+json']")
                .Where(s => !s.TextContent.Contains("\"@type\":\"BreadcrumbList\"", StringComparison.Ordinal))
                .Should().BeEmpty(path);
        }
    }

    [Fact]
    public async Task Text_that_looks_like_a_closing_script_tag_stays_inside_the_JSON_LD_block()
    {
        const string title = "Breaking </script><script>alert(1)</script> \"out\" & <!-- in";
        using var content = TempContent.CopyOfShipped();
        content.Write("articles/escape-test.md", $"""
            ---
            title: '{title}'
            summary: 'A summary with </SCRIPT> and a <b>tag</b>.'
            author: Science writing team
            reviewer: Medical Director, MD
            reviewed: 2026-11-16
            ---

            Body text.
            """);
        using var escaping = new SiteFactory(content.Root);

        var response = await escaping.GetAsync("/articles/escape-test");
        var html = await response.Content.ReadAsStringAsync();
        var (_, document) = await escaping.GetPageAsync("/articles/escape-test");

        html.Should().NotContainEquivalentOf("</script><script>");
        document.QuerySelectorAll("script:not([src])").Should().ContainSingle("no text can open a script of its own");
        using var json = JsonLdOf(document, "/articles/escape-test");
        json.RootElement.GetProperty("name").GetString().Should().Be(title);
        json.RootElement.GetProperty("description").GetString().Should().Be("A summary with </SCRIPT> and a <b>tag</b>.");
    }

    private static void ShouldCarryReview(JsonElement page, FrontMatter front, string path)
    {
        page.GetProperty("lastReviewed").GetString().Should().Be(front.Reviewed!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), path);
        var reviewer = page.GetProperty("reviewedBy");
        reviewer.GetProperty("@type").GetString().Should().Be("Person", path);
        reviewer.GetProperty("name").GetString().Should().Be(front.Reviewer, path);
    }

    private async Task<JsonDocument> JsonLdAsync(string path)
    {
        var (response, document) = await site.GetPageAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonLdOf(document, path);
    }

    private static JsonDocument JsonLdOf(IParentNode document, string path)
    {
        var blocks = document.QuerySelectorAll("head script[type='application/ld+json']");
        blocks.Should().ContainSingle($"{path} has one JSON-LD block in its head");
        return JsonDocument.Parse(blocks[0].TextContent);
    }

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
