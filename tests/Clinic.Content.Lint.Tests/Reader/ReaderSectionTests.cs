using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Reader;

/// <summary>
/// The reader's weights in the form the exporter writes are read without the YAML parser, and give exactly the model
/// the YAML parser gives; a section in any other form is still read (or refused) as YAML.
/// </summary>
public sealed class ReaderSectionTests
{
    private const string Yaml = """
        rules:
          - id: CL900
            category: efficacy-overreach
            kind: reader
            severity: warning
            threshold: 0.6
            message: Reads like a claim.
            why: Why.
            fix: Fix.
        reader:
          about: Test weights.
          bias: 0
          weights:
            "guaranteed": 5
            "relief": 3
        """;

    [Fact]
    public void The_shipped_reader_is_read_directly_and_equals_the_same_weights_read_as_yaml()
    {
        var text = File.ReadAllText(Repo.RulesFile);
        // A comment after the last weight is not the exporter's form, so this copy goes through the YAML parser.
        var asYaml = RuleSetLoader.Parse("claim-rules.yaml", text + "# the end\n").Reader!;

        RuleSetLoader.ReaderWeights(text).Should().NotBeNull();
        var direct = RuleSetLoader.Parse("claim-rules.yaml", text).Reader!;
        direct.Bias.Should().Be(asYaml.Bias);
        direct.Weights.Should().Equal(asYaml.Weights);
    }

    [Theory]
    [InlineData("    \"relief\": 3", "    relief: 3")]
    [InlineData("    \"relief\": 3", "    \"relief\": 3.0e0")]
    [InlineData("    \"relief\": 3", "    # an aside\n    \"relief\": 3")]
    [InlineData("  weights:\n", "  weights: # the model\n")]
    public void Weights_written_another_way_mean_the_same(string from, string to)
    {
        var exporter = RuleSetLoader.Parse("test.yaml", Yaml).Reader!;
        var other = Yaml.Replace(from, to, StringComparison.Ordinal);

        RuleSetLoader.ReaderWeights(other).Should().BeNull();
        RuleSetLoader.Parse("test.yaml", other).Reader!.Weights.Should().Equal(exporter.Weights);
    }

    [Fact]
    public void A_weight_given_twice_is_refused_as_before()
    {
        var act = () => RuleSetLoader.Parse("test.yaml", Yaml + "\n    \"relief\": 4\n");

        act.Should().Throw<RuleSetException>().WithMessage("test.yaml:*");
    }
}
