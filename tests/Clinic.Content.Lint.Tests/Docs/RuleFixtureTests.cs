using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Lint.Tests.Docs;

/// <summary>
/// Every rule has a fixture file, Fixtures/rules/CLnnn.yaml, written for the tests in other words than its docs
/// example: each 'fails' text must get a finding from that rule and each 'passes' text must not.
/// </summary>
public sealed class RuleFixtureTests
{
    private static string Folder => Path.Combine(Repo.Fixtures, "rules");

    public static TheoryData<string, string, string, bool> Fixtures()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                yaml.Load(reader);
            }

            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            var place = ((YamlScalarNode)root.Children[new YamlScalarNode("in")]).Value!;
            foreach (var (verdict, fails) in new[] { ("fails", true), ("passes", false) })
            {
                foreach (var text in (YamlSequenceNode)root.Children[new YamlScalarNode(verdict)])
                {
                    data.Add(Path.GetFileNameWithoutExtension(file), place, ((YamlScalarNode)text).Value!, fails);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_fails_or_passes_its_rule(string ruleId, string place, string text, bool fails)
    {
        var findings = ExampleLinter.Lint(place, text).RuleIds();

        if (fails)
        {
            findings.Should().Contain(ruleId, $"Fixtures/rules/{ruleId}.yaml lists it under 'fails'");
        }
        else
        {
            findings.Should().NotContain(ruleId, $"Fixtures/rules/{ruleId}.yaml lists it under 'passes'");
        }
    }

    [Fact]
    public void Every_rule_in_the_rules_file_has_a_fixture_with_both_verdicts()
    {
        var fixtures = Fixtures().Select(row => ((string)row[0], (bool)row[3])).ToHashSet();

        var missing = Linted.Rules.Rules.Select(r => r.Id).Where(id => !fixtures.Contains((id, true)) || !fixtures.Contains((id, false)));

        missing.Should().BeEmpty("every rule needs Fixtures/rules/CLnnn.yaml with a 'fails' and a 'passes' text");
        Directory.EnumerateFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension)
            .Should().OnlyContain(id => Linted.Rules.Find(id!) != null, "a fixture names a rule that exists");
    }

    [Fact]
    public void Fixtures_are_not_the_docs_examples()
    {
        var examples = Linted.Rules.Rules.Select(r => r.Example).OfType<RuleExample>().SelectMany(e => new[] { e.Fails.Trim(), e.Passes.Trim() }).ToHashSet();

        Fixtures().Select(row => ((string)row[2]).Trim()).Where(t => !t.StartsWith("---", StringComparison.Ordinal)).Should().NotContain(t => examples.Contains(t));
    }
}
