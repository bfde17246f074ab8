using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Seeds;

/// <summary>Fixtures written for this project, not tuned on the seeds: clinic marketing (recall) and careful reference text (precision).</summary>
public sealed class HeldOutTests
{
    public static TheoryData<string> Recall => Lines("recall.txt");

    public static TheoryData<string> Precision => Lines("precision.txt");

    [Theory]
    [MemberData(nameof(Recall))]
    public void Non_compliant_clinic_sentence_is_flagged(string sentence)
    {
        Linted.Fragment(sentence).Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Precision))]
    public void Careful_reference_sentence_is_left_alone(string sentence)
    {
        Linted.Fragment(sentence).Should().BeEmpty();
    }

    [Fact]
    public void Careful_reference_page_in_HTML_has_no_findings_even_as_a_site_page()
    {
        var html = File.ReadAllText(Path.Combine(Repo.Fixtures, "heldout", "careful-page.html"));

        Linted.Linter(sitePages: true).LintText(html, "careful-page.html", DocumentKind.Html, isPage: true).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Clinic_marketing_page_in_HTML_is_flagged_claim_by_claim()
    {
        var html = File.ReadAllText(Path.Combine(Repo.Fixtures, "heldout", "marketing-page.html"));

        var findings = Linted.Linter().LintText(html, "marketing-page.html", DocumentKind.Html, isPage: true).Findings;

        findings.Select(f => f.Category).Should().Contain(
            ["cure-or-guarantee", "safety-absolute", "regulatory-misstatement", "testimonial-as-evidence", "missing-disclaimer"]);
    }

    private static TheoryData<string> Lines(string file)
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Repo.Fixtures, "heldout", file)).Where(l => l.Trim().Length > 0))
        {
            data.Add(line);
        }

        return data;
    }
}
