namespace Clinic.Content.Tests;

public sealed class PageRenderingTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    private Articles.Article Render(string body)
    {
        content.Write("articles/page.md", TempContent.ArticleText(body));
        return content.Load().Articles.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Citations_are_numbered_in_order_of_first_use_and_link_to_the_reference_list()
    {
        var article = Render("Esketamine was approved [@fda2019]. In rats [@li2010; @fda2019]. A trial [@berman2000]. Again [@li2010].");

        article.Citations.Select(c => (c.Number, c.Reference.Key)).Should().Equal((1, "fda2019"), (2, "li2010"), (3, "berman2000"));
        article.Html.Should().Contain("""<sup class="citation">[<a id="cite-fda2019-1" href="#ref-fda2019" aria-label="Reference 1">1</a>]</sup>""");
        article.Html.Should().Contain("""[<a id="cite-li2010-1" href="#ref-li2010" aria-label="Reference 2">2</a>, <a id="cite-fda2019-2" href="#ref-fda2019" aria-label="Reference 1">1</a>]""");
        article.Citations.Select(c => c.Uses).Should().Equal(2, 2, 1);
        article.Html.Should().Contain("id=\"cite-li2010-2\"", "each place a study is cited has its own anchor for the reference list to link back to");
        article.Html.Should().NotContain("@li2010");
    }

    [Fact]
    public void Citation_keys_match_regardless_of_case()
    {
        Render("Approved [@FDA2019].").Citations.Should().ContainSingle().Which.Reference.Key.Should().Be("fda2019");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void Script_and_data_links_are_dropped_but_their_text_stays(string markdown)
    {
        var article = Render("Before " + markdown + " after.");

        article.Html.Should().NotContainAny("javascript", "vbscript", "data:", "href=\"j", "JaVaScRiPt");
        article.Html.Should().Contain("Before").And.Contain("after.");
        article.Diagnostics.Should().Contain(d => d.Code == Diagnostics.DiagnosticCodes.UnsafeLink);
    }

    [Fact]
    public void Safe_links_are_kept()
    {
        var html = Render("[FDA](https://www.fda.gov/) and [FAQ](/faq) and [mail](mailto:hello@example.org).").Html;

        html.Should().Contain("href=\"https://www.fda.gov/\"").And.Contain("href=\"/faq\"").And.Contain("href=\"mailto:hello@example.org\"");
    }

    [Fact]
    public void Raw_html_never_reaches_the_page()
    {
        var article = Render("<script>alert(1)</script>\n\nText with <b onclick=\"x()\">inline</b> tags.\n\n<iframe src=\"https://video.example\"></iframe>");

        article.Html.Should().NotContainAny("<script", "<b ", "onclick", "<iframe");
        article.Html.Should().Contain("inline");
    }

    [Fact]
    public void Lint_comments_are_silently_dropped()
    {
        var article = Render("<!-- claim-lint disable-next-line CL001: quoted from the FDA -->\nA sentence.");

        article.Html.Should().NotContain("claim-lint");
        article.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Images_from_other_sites_are_dropped_and_own_diagrams_kept()
    {
        var html = Render("![tracker](https://cdn.example/pixel.png) ![Diagram: the cascade](/diagrams/cascade.svg)").Html;

        html.Should().NotContain("cdn.example");
        html.Should().Contain("src=\"/diagrams/cascade.svg\"").And.Contain("alt=\"Diagram: the cascade\"");
    }

    [Fact]
    public void Headings_get_stable_ids_and_tables_render()
    {
        var html = Render("## How NMDA receptors work\n\n| Dose | Use |\n|---|---|\n| Low | Depression |").Html;

        html.Should().Contain("<h2 id=\"how-nmda-receptors-work\">");
        html.Should().Contain("<table>").And.Contain("<td>Depression</td>");
    }

    [Fact]
    public void Next_review_defaults_to_twelve_months_after_the_review()
    {
        Render("Text.").FrontMatter.NextReview.Should().Be(new DateOnly(2027, 11, 1));
    }

    [Fact]
    public void An_explicit_next_review_date_wins()
    {
        content.Write("articles/page.md", TempContent.ArticleText(extraFrontMatter: "next-review: 2027-05-01"));

        content.Load().Articles.Single().FrontMatter.NextReview.Should().Be(new DateOnly(2027, 5, 1));
    }
}
