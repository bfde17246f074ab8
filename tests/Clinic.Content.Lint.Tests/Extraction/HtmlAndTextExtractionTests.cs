using Clinic.Content.Lint.Extraction;
using Clinic.Content.Lint.Tests.Support;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Tests.Extraction;

public sealed class HtmlAndTextExtractionTests
{
    private const string Html = """
        <html><head><title>Feel better &amp; fast</title>
        <meta name="description" content="Ketamine is non-addictive.">
        <script>var claim = "cures depression";</script><style>p{}</style></head>
        <body><p>First &ldquo;line&rdquo;.</p>
        <p>Ketamine is <b>100% safe</b>.</p></body></html>
        """;

    [Fact]
    public void Reads_title_meta_description_and_visible_text_but_not_script_or_style()
    {
        var segments = HtmlExtractor.Extract(new SourceText("p.html", Html));

        segments.Select(s => s.Text).Should().Equal("Feel better & fast", "Ketamine is non-addictive.", "First “line”.", "Ketamine is 100% safe.");
        segments[0].Kind.Should().Be(SegmentKind.Title);
        segments[1].Kind.Should().Be(SegmentKind.Summary);
    }

    [Fact]
    public void Html_findings_point_at_the_raw_source_including_attributes()
    {
        var findings = Linted.Linter().LintText(Html, "p.html", Linting.DocumentKind.Html).Findings;

        findings.Should().Contain(f => f.RuleId == "CL012" && f.Span.Line == 2 && f.Span.Column == 47);
        findings.Should().Contain(f => f.RuleId == "CL011" && f.Span.Line == 5 && f.Span.Column == 19 && f.Text == "100% safe");
    }

    [Fact]
    public void Plain_text_joins_hard_wrapped_lines_and_keeps_positions()
    {
        var text = "Ketamine therapy is\nnon-addictive and works.\n\n• Guaranteed results";
        var segments = PlainTextExtractor.Extract(new SourceText("p.txt", text));

        segments.Select(s => s.Text).Should().Equal("Ketamine therapy is non-addictive and works.", "Guaranteed results");
        text[segments[1].Offsets[0]].Should().Be('G');
    }

    [Fact]
    public void Binary_and_missing_files_are_reported_not_thrown()
    {
        var folder = Directory.CreateTempSubdirectory("lint-bin");
        var binary = Path.Combine(folder.FullName, "x.html");
        File.WriteAllBytes(binary, [0x3C, 0x00, 0x01, 0x02]);

        var report = Linted.Linter().LintPaths([binary, Path.Combine(folder.FullName, "missing.txt")]);

        report.Findings.Should().HaveCount(2).And.OnlyContain(f => f.RuleId == "CC011");
    }
}
