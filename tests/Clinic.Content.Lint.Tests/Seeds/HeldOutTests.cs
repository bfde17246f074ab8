using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Seeds;

/// <summary>Fixtures written for this project, not tuned on the seeds: clinic marketing (recall) and careful reference text (precision).</summary>
public sealed class HeldOutTests
{
    /// <summary>recall.txt: the rule a reviewer expects, a tab, then the sentence.</summary>
    public static TheoryData<string, string> Recall()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in Lines("recall.txt"))
        {
            var (rule, sentence) = (line.Split('\t')[0], line.Split('\t')[1]);
            data.Add(rule, sentence);
        }

        return data;
    }

    public static TheoryData<string> Precision()
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines("precision.txt"))
        {
            data.Add(line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Recall))]
    public void Non_compliant_clinic_sentence_is_flagged_by_the_expected_rule(string rule, string sentence)
    {
        Linted.Fragment(sentence).RuleIds().Should().Contain(rule, $"\"{sentence}\" should be flagged by {rule}");
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

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(Path.Combine(Repo.Fixtures, "heldout", file)).Where(l => l.Trim().Length > 0);
}
