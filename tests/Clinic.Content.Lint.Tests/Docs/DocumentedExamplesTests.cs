using System.Text.RegularExpressions;
using Clinic.Content.Lint.Findings;
using Clinic.Content.Lint.Linting;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Docs;

/// <summary>docs/claim-rules.md documents every rule; its examples must fail and pass as documented.</summary>
public sealed partial class DocumentedExamplesTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "claim-rules.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static TheoryData<string, string, string, bool> Examples()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var section in Doc.Split("\n## ").Skip(1).Where(s => RuleHeading().IsMatch(s)))
        {
            var id = section[..5];
            foreach (Match example in Example().Matches(section))
            {
                data.Add(id, example.Groups["place"].Value, example.Groups["text"].Value + "\n", example.Groups["verdict"].Value == "Fails");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_fails_or_passes_as_documented(string ruleId, string place, string text, bool fails)
    {
        var findings = Lint(place, text);

        if (fails)
        {
            findings.Should().Contain(f => f.RuleId == ruleId);
        }
        else
        {
            findings.Should().NotContain(f => f.RuleId == ruleId);
        }
    }

    [Fact]
    public void Every_rule_is_documented_with_both_examples_and_the_catalogue_matches_the_rules_file()
    {
        using var generated = new StringWriter();
        RuleCatalogue.WriteMarkdown(Linted.Rules, generated);

        var catalogue = Doc[(Doc.IndexOf(RuleCatalogue.GeneratedMarker, StringComparison.Ordinal) + RuleCatalogue.GeneratedMarker.Length)..].Trim();
        catalogue.Should().Be(generated.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim(),
            "docs/claim-rules.md is regenerated with `clinic-content rules --format markdown`");
        Examples().Count.Should().Be(2 * Linted.Rules.Rules.Count);
    }

    [Fact]
    public void Default_rules_cover_every_category_with_at_least_25_rules()
    {
        Linted.Rules.Rules.Should().HaveCountGreaterThanOrEqualTo(25);
        Linted.Rules.Rules.Select(r => r.Category).Distinct().Should().BeEquivalentTo(RuleCategories.All);
        RuleSetLoader.LoadBuiltIn().Rules.Select(r => r.Id).Should().Equal(Linted.Rules.Rules.Select(r => r.Id));
    }

    private static IReadOnlyList<Finding> Lint(string place, string text)
    {
        switch (place)
        {
            case RuleExample.Fragment:
                return Linted.Fragment(text);
            case RuleExample.Page:
                return Linted.Page(text);
            case RuleExample.SitePage:
                return Linted.Page(text, sitePage: true);
            case RuleExample.Article:
                {
                    using var content = TempContent.Minimal(TempContent.LibraryEntry);
                    content.WriteArticle("example", text);
                    return LintContent(content);
                }

            default:
                {
                    using var content = TempContent.Minimal(text);
                    content.WriteArticle("example", TempContent.FrontMatter() + "In rats, ketamine led to new synapses [@li2010].\n");
                    return LintContent(content);
                }
        }
    }

    private static IReadOnlyList<Finding> LintContent(TempContent content) =>
        new ClaimLinter(Linted.Rules, new LintOptions { Today = Linted.Today, WorkingDirectory = content.Root }).LintContent(content.Root).Findings;

    [GeneratedRegex(@"^CL\d{3}\n")]
    private static partial Regex RuleHeading();

    [GeneratedRegex(@"(?<verdict>Fails|Passes) \(as (?<place>[a-z-]+)\):\n\n```text\n(?<text>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
