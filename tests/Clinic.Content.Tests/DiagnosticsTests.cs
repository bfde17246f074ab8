using Clinic.Content.Diagnostics;

namespace Clinic.Content.Tests;

public sealed class DiagnosticsTests : IDisposable
{
    private readonly TempContent content = TempContent.Minimal();

    public void Dispose() => content.Dispose();

    private ContentDiagnostic Single(string code)
    {
        var snapshot = content.Load();
        return snapshot.Diagnostics.Should().ContainSingle(d => d.Code == code,
            "the content has exactly one such problem; all: " + string.Join(" | ", snapshot.Diagnostics)).Subject;
    }

    [Fact]
    public void Broken_front_matter_yaml_is_reported_at_its_line_and_column_and_the_rest_is_served()
    {
        var broken = content.Write("articles/broken.md", """
            ---
            title: Broken
            summary: [unclosed
            ---
            Body.
            """);
        content.Write("articles/fine.md", TempContent.ArticleText());

        var d = Single(DiagnosticCodes.YamlSyntax);

        d.Path.Should().Be(broken);
        (d.Line, d.Column).Should().Be((3, 10), "the editor needs the line where the bracket was opened");
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Hint.Should().Contain("quotes");
        content.Load().Articles.Select(a => a.Slug).Should().Equal("fine");
    }

    [Fact]
    public void A_missing_required_field_names_the_field_and_shows_an_example()
    {
        var path = content.Write("articles/no-reviewer.md", TempContent.ArticleText().Replace("reviewer: Medical Director, MD\n", "", StringComparison.Ordinal));

        var d = Single(DiagnosticCodes.MissingField);

        d.Location.Should().Be($"{path}:1:1");
        d.Message.Should().Contain("'reviewer'");
        d.Field.Should().Be("reviewer");
        d.Hint.Should().Contain("reviewer: Medical Director, MD");
    }

    [Fact]
    public void An_impossible_date_is_reported_at_the_value()
    {
        var path = content.Write("articles/bad-date.md", TempContent.ArticleText().Replace("2026-11-01", "2026-02-30", StringComparison.Ordinal));

        var d = Single(DiagnosticCodes.InvalidDate);

        d.Location.Should().Be($"{path}:6:11");
        d.Message.Should().Contain("2026-02-30");
        d.Hint.Should().Contain("YYYY-MM-DD");
    }

    [Fact]
    public void An_unknown_citation_key_is_reported_at_the_key_with_a_suggestion()
    {
        var path = content.Write("articles/cites.md", TempContent.ArticleText("First line.\n\nIn rats, mTOR switched on [@li2011]."));

        var d = Single(DiagnosticCodes.UnknownCitation);

        d.Location.Should().Be($"{path}:13:28");
        d.Message.Should().Contain("li2011");
        d.Hint.Should().Contain("li2010");
    }

    [Fact]
    public void A_malformed_citation_is_reported_at_its_text()
    {
        var path = content.Write("articles/cites.md", TempContent.ArticleText("See [@li2010; berman2000]."));

        var d = Single(DiagnosticCodes.MalformedCitation);

        d.Location.Should().Be($"{path}:11:15");
    }

    [Fact]
    public void A_duplicate_slug_keeps_the_first_file_and_reports_the_second()
    {
        content.Write("articles/a/same-name.md", TempContent.ArticleText(title: "First"));
        var second = content.Write("articles/b/same-name.md", TempContent.ArticleText(title: "Second"));

        var d = Single(DiagnosticCodes.DuplicateSlug);

        d.Location.Should().Be($"{second}:1:1");
        d.Message.Should().Contain("/articles/same-name");
        content.Load().Articles.Should().ContainSingle().Which.Title.Should().Be("First");
    }

    [Fact]
    public void A_page_without_front_matter_is_reported()
    {
        var path = content.Write("articles/bare.md", "# Just a heading\n");

        Single(DiagnosticCodes.MissingFrontMatter).Location.Should().Be($"{path}:1:1");
    }

    [Fact]
    public void A_misspelt_field_is_a_warning_that_suggests_the_right_name()
    {
        var path = content.Write("articles/typo.md", TempContent.ArticleText(extraFrontMatter: "drat: true"));

        var d = Single(DiagnosticCodes.InvalidField);

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.Location.Should().Be($"{path}:8:1");
        d.Hint.Should().Contain("'draft'");
    }

    [Fact]
    public void Broken_references_yaml_is_reported_with_its_position_and_pages_still_load()
    {
        var path = content.Write("references.yaml", "- key: a\n  title: [oops\n");
        content.Write("articles/fine.md", TempContent.ArticleText());

        var snapshot = content.Load();

        snapshot.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.YamlSyntax && d.Path == path && d.Line == 2, "the bracket was opened on line 2");
        snapshot.Articles.Should().ContainSingle();
    }

    [Fact]
    public void A_duplicate_reference_key_is_reported_at_the_second_key()
    {
        var path = content.Write("references.yaml", TempContent.ReferencesYaml + "\n" + """
            - key: li2010
              authors: Someone
              title: Again
              year: 2011
              kind: trial
              summary: Duplicate.
            """);

        var d = Single(DiagnosticCodes.DuplicateReference);

        d.Location.Should().Be($"{path}:26:8");
        d.Message.Should().Contain("line 1");
    }

    [Fact]
    public void A_missing_site_yaml_keeps_the_disclaimer_and_crisis_notice()
    {
        File.Delete(Path.Combine(content.Root, "site.yaml"));

        var snapshot = content.Load();

        Single(DiagnosticCodes.MissingFile).Message.Should().Contain("site.yaml");
        snapshot.Site.Disclaimer.Should().Contain("not medical advice");
        snapshot.Site.Crisis.Should().Contain("988").And.Contain("911");
    }

    [Fact]
    public void A_file_name_that_cannot_be_an_address_is_reported()
    {
        content.Write("articles/My Article.md", TempContent.ArticleText());

        Single(DiagnosticCodes.InvalidFileName).Hint.Should().Contain("lower-case");
    }
}
