using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>Every reviewer-owned word list is tested by the sentences it lists under 'matches' and 'ignores'.</summary>
public sealed class FeatureListTests
{
    public static TheoryData<string, string, bool> Examples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var feature in Linted.Rules.Features.All)
        {
            foreach (var sentence in feature.Matches)
            {
                data.Add(feature.Name, sentence, true);
            }

            foreach (var sentence in feature.Ignores)
            {
                data.Add(feature.Name, sentence, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Feature_list_matches_and_ignores_its_examples(string feature, string sentence, bool matches)
    {
        var tagged = SentenceFeatures.Tag(ClaimMatcher.Normalize(sentence), Linted.Rules.Features);

        tagged.Has(feature).Should().Be(matches, $"feature '{feature}' lists \"{sentence}\" under {(matches ? "matches" : "ignores")}");
    }

    [Fact]
    public void Every_feature_has_an_example_it_matches_and_one_it_ignores()
    {
        Linted.Rules.Features.All.Should().NotBeEmpty();
        Linted.Rules.Features.All.Should().OnlyContain(f => f.Matches.Count > 0 && f.Ignores.Count > 0);
    }

    [Fact]
    public void Every_predicate_rule_names_only_defined_features()
    {
        var names = Linted.Rules.Features.All.Select(f => f.Name).ToHashSet();
        Linted.Rules.PredicateRules.Should().NotBeEmpty();
        Linted.Rules.PredicateRules.Where(r => r.When is not null).SelectMany(r => r.When!.Features).Should().OnlyContain(n => names.Contains(n));
    }

    [Theory]
    [InlineData("effective*", "The effectiveness is clear.", true)]
    [InlineData("well-tolerated", "It was well tolerated.", true)]
    [InlineData("can", "You can't get it.", false)]
    [InlineData("rat", "It helps concentration.", false)]
    public void Word_list_syntax_handles_endings_hyphens_and_whole_words(string word, string sentence, bool matches)
    {
        var pattern = new System.Text.RegularExpressions.Regex(WordList.ToPattern([word]), System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        pattern.IsMatch(ClaimMatcher.Normalize(sentence)).Should().Be(matches);
    }
}
