using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// Round 8 (issue 9): one treatment offered for a long list of conditions (a count feature), racemic ketamine given
/// Spravato's approval, one person's result promised to the reader, and wellness or anti-ageing promises; each stays
/// quiet when the list is studied, screened for or excluded, and when the promise is hedged, negated or only discussed.
/// </summary>
public sealed class BreadthAndWellnessTests
{
    [Theory]
    [InlineData("Our program treats depression, anxiety, PTSD, OCD and chronic pain.", "CL186")]
    [InlineData("From grief to migraines, from insomnia to burnout, our infusions address it all.", "CL186")]
    [InlineData("Our ketamine infusions use the same active drug the FDA approved as Spravato.", "CL187")]
    [InlineData("Since Spravato was approved, ketamine infusions are approved for depression too.", "CL187")]
    [InlineData("If it worked for Tom, it will work for you.", "CL188")]
    [InlineData("Like Ana, you will leave your first session feeling lighter.", "CL188")]
    [InlineData("Boost your focus and unlock creativity with our microdose plan.", "CL189")]
    [InlineData("Our NAD+ drip reverses cellular ageing.", "CL190")]
    [InlineData("Spravato is FDA-approved for depression and more.", "CL172")]
    public void Claim_is_flagged_by_its_rule(string sentence, string rule)
    {
        Linted.Fragment(sentence).Should().Contain(f => f.RuleId == rule);
    }

    [Theory]
    [InlineData("Our program treats depression, anxiety and PTSD.")]
    [InlineData("We screen for psychosis, bipolar disorder, substance use and heart disease before treatment.")]
    [InlineData("You are not a candidate if you have psychosis, mania, an eating disorder or uncontrolled blood pressure.")]
    [InlineData("Ketamine is being studied for depression, PTSD, OCD, addiction and chronic pain.")]
    [InlineData("Generic IV ketamine is not the same medicine as Spravato.")]
    [InlineData("It worked for Tom; that is one person's experience, and you may respond differently.")]
    [InlineData("Microdosing has not been shown to improve focus or creativity in controlled trials.")]
    [InlineData("Some people report sharper focus after microdosing, but trials have not found a benefit.")]
    [InlineData("There is no good evidence that NAD+ drips slow ageing in people.")]
    [InlineData("Spravato is FDA-approved for treatment-resistant depression in adults.")]
    public void Studied_screened_negated_or_hedged_sentence_is_not_flagged_by_these_rules(string sentence)
    {
        Linted.Fragment(sentence).Should().NotContain(f => f.RuleId == "CL186" || f.RuleId == "CL187" || f.RuleId == "CL188"
            || f.RuleId == "CL189" || f.RuleId == "CL190" || f.RuleId == "CL172");
    }

    [Theory]
    [InlineData("It helps with depression, anxiety, PTSD and OCD.", true)]
    [InlineData("It helps with depression, anxiety and PTSD.", false)]
    [InlineData("Depression, depression, depression and bipolar depression.", false)]
    [InlineData("It is not for depression, anxiety, PTSD or OCD.", false)]
    public void Count_feature_needs_four_different_asserted_conditions(string sentence, bool present)
    {
        var tagged = SentenceFeatures.Tag(ClaimMatcher.Normalize(sentence), Linted.Rules.Features);

        tagged.Has("named-condition").Should().Be(present);
    }

    [Fact]
    public void A_name_inside_a_longer_one_is_counted_once()
    {
        var text = "bipolar depression";
        FeatureHit[] hits = [new(0, 18, 0, false), new(8, 10, 0, false)];

        FeatureCount.Reaches(hits, text, 2).Should().BeFalse();
        FeatureCount.Reaches(hits, text, 1).Should().BeTrue();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("four")]
    public void A_count_feature_needs_a_whole_number(string atLeast)
    {
        var yaml = $"""
            features:
              listed:
                about: A test list.
                at-least: {atLeast}
                words: [red, green, blue]
                matches: ["red, green"]
                ignores: ["red"]
            rules: []
            """;

        var act = () => RuleSetLoader.Parse("test.yaml", yaml);

        act.Should().Throw<RuleSetException>().WithMessage("*'at-least:' must be a whole number*");
    }
}
