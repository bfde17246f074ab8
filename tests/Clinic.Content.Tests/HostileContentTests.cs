using System.Text;
using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Clinic.Content.Tests;

/// <summary>Regression tests for hostile text (issues 13 and 15): deep YAML and Markdown, huge files, unsafe links and diagrams are diagnostics, never a crash or hang.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public HostileContentTests() => content.Write("articles/fine.md", TempContent.ArticleText());

    public void Dispose() => content.Dispose();

    private (ContentSnapshot Snapshot, ContentDiagnostic Diagnostic) LoadExpecting(string code, string path) => content.LoadExpecting(code, path);

    [Fact]
    public void Deeply_nested_yaml_in_references_is_reported_at_its_line_instead_of_overflowing_the_stack()
    {
        var path = content.Write("references.yaml", TempContent.ReferencesYaml + "\n- deep:\n" +
            string.Concat(Enumerable.Range(1, 600).Select(i => new string(' ', (i + 1) * 2) + "-\n")));

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.TooDeep, path);

        d.Line.Should().BeGreaterThan(30, "the nesting starts after the three valid references");
        d.Message.Should().Contain("32 levels");
        snapshot.References.Should().BeEmpty();
    }

    [Fact]
    public void Flow_nesting_in_front_matter_is_reported_on_the_title_line()
    {
        var path = content.Write("articles/flow.md", "---\ntitle: " + new string('[', 100_000) + "\n---\nBody.\n");

        var (_, d) = LoadExpecting(DiagnosticCodes.TooDeep, path);

        d.Line.Should().Be(2);
    }

    [Fact]
    public void Billion_laughs_and_self_referencing_aliases_are_refused()
    {
        var laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            laughs.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        }

        var site = content.Write("site.yaml", laughs.ToString());
        var references = content.Write("references.yaml", "&a [*a]\n");

        var snapshot = content.Load();

        snapshot.Diagnostics.Should().Contain(d => d.Path == site && d.Code == DiagnosticCodes.TooDeep && d.Message.Contains("aliases"));
        snapshot.Diagnostics.Should().Contain(d => d.Path == references && d.Code == DiagnosticCodes.TooDeep && d.Message.Contains("contains it"));
    }

    [Theory]
    [InlineData("list", 600)]
    [InlineData("quote", 10_000)]
    [InlineData("brackets", 50_000)]
    public void Deep_markdown_is_reported_at_the_line_where_it_gets_too_deep(string shape, int depth)
    {
        var body = shape switch
        {
            "list" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- item\n")),
            "quote" => new string('>', depth) + " deep\n",
            _ => new string('[', depth) + "\n",
        };
        var path = content.Write("articles/deep.md", TempContent.ArticleText("Intro line.\n\n" + body));

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.TooDeep, path);

        d.Line.Should().BeGreaterThan(10, "the front matter and the intro line are fine");
        snapshot.Articles.Should().NotContain(a => a.Slug == "deep");
    }

    [Theory]
    [InlineData("site.yaml")]
    [InlineData("references.yaml")]
    public void An_empty_settings_or_references_file_is_reported_not_silently_replaced(string file)
    {
        var path = content.Write(file, string.Empty);

        var (snapshot, _) = LoadExpecting(DiagnosticCodes.MissingField, path);

        snapshot.Site.Disclaimer.Should().Contain("not medical advice", "the safety notices never go missing");
    }

    [Fact]
    public void A_ten_megabyte_article_is_refused_for_its_size()
    {
        var path = content.Write("articles/huge.md", TempContent.ArticleText(string.Concat(Enumerable.Repeat("Plain words in a long article. ", 340_000))));

        var (_, d) = LoadExpecting(DiagnosticCodes.TooLarge, path);

        d.Message.Should().Contain("MB").And.Contain("limit");
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        content.Write("articles/big.md", TempContent.ArticleText(new string('a', 4000)));

        var snapshot = ContentLoader.Load(content.Root, limits: new ContentLimits { MaxPageBytes = 2048 });

        snapshot.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooLarge && d.Path.EndsWith("big.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_its_time_budget_is_reported_and_the_rest_load()
    {
        // 20,000 headings take a few hundred milliseconds, far past a one-millisecond budget.
        var path = content.Write("articles/slow.md", TempContent.ArticleText(string.Concat(Enumerable.Repeat("## Intro\n\n", 20_000))));

        var snapshot = ContentLoader.Load(content.Root, limits: new ContentLimits { FileTimeBudget = TimeSpan.FromMilliseconds(1) });

        snapshot.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TooSlow && d.Path == path);
    }

    [Fact]
    public void Twenty_thousand_repeated_headings_get_unique_ids_in_linear_work()
    {
        var text = string.Concat(Enumerable.Repeat("## Intro\n\n", 20_000));

        var document = Markdig.Markdown.Parse(text, Markdown.ClinicMarkdown.Pipeline);

        // Markdig's own de-duplication retried every suffix from 1: 200 million tries, 17 to 39 seconds.
        Markdown.HeadingIdExtension.Of(document)!.Tries.Should().BeLessThanOrEqualTo(2 * 20_000);
        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
        ids.Should().OnlyHaveUniqueItems().And.StartWith(["intro", "intro-1", "intro-2"]).And.EndWith("intro-19999");
    }

    [Fact]
    public void Heading_ids_match_github_for_repeats_and_existing_suffixes()
    {
        var document = Markdig.Markdown.Parse("## Intro\n\n## Intro 1\n\n## Intro\n\n## Intro\n\n## \n", Markdown.ClinicMarkdown.Pipeline);

        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id)
            .Should().Equal("intro", "intro-1", "intro-2", "intro-3", "section");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("  JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("java\\tscript:alert(1)")]
    public void Unsafe_reference_urls_never_reach_an_href(string url)
    {
        var path = content.Write("references.yaml", TempContent.ReferencesYaml.Replace("  doi: 10.1126/science.1190287\n", $"  url: \"{url}\"\n", StringComparison.Ordinal));
        content.Write("articles/cites.md", TempContent.ArticleText("A claim [@li2010]."));

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.UnsafeLink, path);

        var reference = snapshot.FindReference("li2010")!;
        reference.Url.Should().BeNull();
        reference.RefusedUrl.Should().NotBeNull();
        d.Line.Should().Be(6);
        snapshot.Articles.Single(a => a.Slug == "cites").Html.Should().NotContainAny("javascript", "data:");
    }

    [Fact]
    public void Protocol_relative_addresses_count_as_external()
    {
        Links.LinkPolicy.Classify("//evil.example").Should().Be(Links.LinkKind.External);
        Links.LinkPolicy.Classify("\\\\evil.example").Should().Be(Links.LinkKind.External);
        Links.LinkPolicy.Classify("/faq").Should().Be(Links.LinkKind.Site);
        Links.LinkPolicy.Classify(" javascript:x").Should().Be(Links.LinkKind.Unsafe);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<foreignObject><p>x</p></foreignObject>", "<foreignObject>")]
    [InlineData("<iframe/>", "<iframe>")]
    [InlineData("<embed/>", "<embed>")]
    [InlineData("<object/>", "<object>")]
    [InlineData("<audio/>", "<audio>")]
    [InlineData("<video/>", "<video>")]
    [InlineData("<style>@import 'https://evil.example/a.css';</style>", "from outside")]
    [InlineData("<rect onclick=\"x()\"/>", "onclick")]
    [InlineData("<image href=\"https://evil.example/a.png\"/>", "points outside")]
    [InlineData("<rect style=\"fill:url(https://evil.example/x)\"/>", "outside")]
    public void Diagrams_with_script_events_or_outside_references_are_not_served(string element, string message)
    {
        var path = content.Write("diagrams/bad.svg", $"""<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><desc>D</desc>{element}</svg>""");
        content.Write("diagrams/good.svg", """<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><desc>D</desc><rect fill="url(#g)"/></svg>""");

        var (snapshot, d) = LoadExpecting(DiagnosticCodes.UnsafeDiagram, path);

        d.Message.Should().Contain(message);
        snapshot.Diagrams.Keys.Should().Equal("good.svg");
    }

    [Theory]
    [InlineData("<rect/>", "<title>")]
    [InlineData("<desc>D</desc><rect/>", "<title>")]
    [InlineData("<title>T</title><rect/>", "<desc>")]
    [InlineData("<g><title>T</title><desc>D</desc></g>", "<title>")] // only directly inside <svg> names the drawing
    public void A_diagram_without_a_title_and_a_description_directly_inside_svg_is_not_served(string inside, string missing)
    {
        var path = content.Write("diagrams/mute.svg", $"""<svg xmlns="http://www.w3.org/2000/svg">{inside}</svg>""");

        LoadExpecting(DiagnosticCodes.UnsafeDiagram, path).Diagnostic.Message.Should().Contain(missing);
    }

    [Theory]
    [InlineData("""<html xmlns="http://www.w3.org/1999/xhtml"><title>T</title></html>""", "not an SVG")]
    [InlineData("""<!DOCTYPE svg [<!ENTITY e "x">]><svg xmlns="http://www.w3.org/2000/svg"><title>&e;</title><desc>D</desc></svg>""", "not valid SVG")]
    public void A_file_that_is_not_plain_svg_is_not_served_as_a_diagram(string text, string message)
    {
        var path = content.Write("diagrams/odd.svg", text);

        LoadExpecting(DiagnosticCodes.UnsafeDiagram, path).Diagnostic.Message.Should().Contain(message);
    }
}
