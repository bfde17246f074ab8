using Clinic.Content.Lint.Rules;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>A word list's patterns are parsed while the rest of the file is read; a mistake in them is still the one reported.</summary>
public sealed class FeaturePatternCheckTests
{
    private const string BrokenList = """
        features:
          broken:
            about: A list with a pattern that does not compile.
            patterns: ['(unclosed']
        """;

    [Fact]
    public void A_broken_pattern_is_reported_before_a_mistake_in_a_later_list()
    {
        var yaml = BrokenList + """

              later:
                about: A list with a field nobody knows.
                words: [red]
                colour: blue
            rules: []
            """;

        var act = () => RuleSetLoader.Parse("test.yaml", yaml);

        act.Should().Throw<RuleSetException>().WithMessage("test.yaml:3:*invalid regular expression*");
    }

    [Fact]
    public void A_broken_pattern_is_reported_before_a_mistake_in_a_rule()
    {
        var yaml = BrokenList + """

            rules:
              - id: not-an-id
            """;

        var act = () => RuleSetLoader.Parse("test.yaml", yaml);

        act.Should().Throw<RuleSetException>().WithMessage("test.yaml:3:*invalid regular expression*");
    }

    [Fact]
    public void Lists_whose_patterns_compile_let_a_rule_mistake_through()
    {
        var yaml = BrokenList.Replace("(unclosed", "(closed)", StringComparison.Ordinal) + """

            rules:
              - id: not-an-id
            """;

        var act = () => RuleSetLoader.Parse("test.yaml", yaml);

        act.Should().Throw<RuleSetException>().WithMessage("*not-an-id*");
    }
}
