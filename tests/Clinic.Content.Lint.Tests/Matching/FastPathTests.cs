using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Matching;

/// <summary>
/// The one-pass prefilter only skips expressions that cannot match: on every example and fixture sentence, the fast
/// path (one scan, then only the candidate expressions) finds exactly what running every expression finds.
/// </summary>
public sealed class FastPathTests
{
    private static readonly List<string> Sentences = ExampleSentences.All()
        .SelectMany(line => line.Split(". "))
        .Select(ClaimMatcher.Normalize)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void Every_rule_pattern_that_matches_is_a_candidate_of_the_one_pass()
    {
        var rules = Linted.Rules;
        var prefilter = new RulePrefilter(rules.ClaimRules, rules.Features);
        var missed = new List<string>();
        foreach (var sentence in Sentences)
        {
            var candidates = prefilter.Candidates(sentence.ToLowerInvariant());
            for (var r = 0; r < prefilter.Count; r++)
            {
                for (var p = 0; p < prefilter[r].Patterns.Count; p++)
                {
                    if (prefilter[r].Patterns[p].SafeIsMatch(sentence) && !candidates[prefilter.PatternIndex(r, p)])
                    {
                        missed.Add($"{prefilter[r].Id} pattern {p + 1}: {sentence}");
                    }
                }
            }
        }

        Sentences.Should().HaveCountGreaterThan(500);
        missed.Should().BeEmpty();
    }

    [Fact]
    public void Features_tagged_after_the_one_pass_are_the_features_every_expression_finds()
    {
        var rules = Linted.Rules;
        var lexicon = rules.Features;
        var prefilter = new RulePrefilter(rules.ClaimRules, lexicon);
        var skipped = 0;
        foreach (var sentence in Sentences)
        {
            var candidates = prefilter.Candidates(sentence.ToLowerInvariant());
            var fast = SentenceFeatures.Tag(sentence, lexicon, f => prefilter.FeatureCandidate(f, candidates));
            var slow = SentenceFeatures.Tag(sentence, lexicon);
            for (var f = 0; f < lexicon.All.Count; f++)
            {
                var name = lexicon.All[f].Name;
                fast[name].Should().Equal(slow[name], $"feature '{name}' on \"{sentence}\"");
                skipped += prefilter.FeatureCandidate(f, candidates) ? 0 : 1;
            }
        }

        skipped.Should().BeGreaterThan(0, "the pass must rule some expressions out, or it filters nothing");
    }

    [Fact]
    public void Features_tagged_as_the_matcher_tags_them_are_the_features_every_expression_finds()
    {
        // The matcher's path: the one pass, the lists' required words read from it, a list's own words from the trie,
        // and an expression run only with its possible alternatives. A list it calls impossible finds nothing.
        var rules = Linted.Rules;
        var lexicon = rules.Features;
        var prefilter = new RulePrefilter(rules.ClaimRules, lexicon);
        var ruledOut = 0;
        foreach (var sentence in Sentences.Append("Not habit forming \u2014 no cravings, no crash.").Append("Nada de efectos secundarios: ningún riesgo."))
        {
            var candidates = prefilter.Candidates(sentence.ToLowerInvariant());
            var fast = SentenceFeatures.Tag(sentence, lexicon, prefilter, candidates);
            var slow = SentenceFeatures.Tag(sentence, lexicon);
            for (var f = 0; f < lexicon.All.Count; f++)
            {
                var name = lexicon.All[f].Name;
                var possible = fast.MightHave(f);
                fast[name].Should().Equal(slow[name], $"feature '{name}' on \"{sentence}\"");
                if (!possible)
                {
                    slow[name].Should().BeEmpty($"feature '{name}' was ruled out on \"{sentence}\"");
                    ruledOut += lexicon.LookupIndexAt(f) < 0 ? 1 : 0;
                }
            }
        }

        ruledOut.Should().BeGreaterThan(Sentences.Count, "most lists with patterns must be ruled out without running their expression");
    }

    [Fact]
    public void Features_matched_with_only_their_possible_alternatives_are_the_features_the_whole_expression_finds()
    {
        var rules = Linted.Rules;
        var lexicon = rules.Features;
        var prefilter = new RulePrefilter(rules.ClaimRules, lexicon);
        var narrowed = 0;
        foreach (var sentence in Sentences)
        {
            var candidates = prefilter.Candidates(sentence.ToLowerInvariant());
            var fast = SentenceFeatures.Tag(sentence, lexicon, expressionOf: f => prefilter.FeatureExpression(f, candidates));
            var slow = SentenceFeatures.Tag(sentence, lexicon);
            for (var f = 0; f < lexicon.All.Count; f++)
            {
                var name = lexicon.All[f].Name;
                fast[name].Should().Equal(slow[name], $"feature '{name}' on \"{sentence}\"");
                narrowed += prefilter.FeatureExpression(f, candidates) is { } expression && expression != lexicon.All[f].Pattern ? 1 : 0;
            }
        }

        narrowed.Should().BeGreaterThan(0, "some sentences must leave alternatives out, or nothing is narrowed");
    }

    [Theory]
    [InlineData(@"\b(?:increas\w*|boost\w*)\b[^.;]{0,40}?\b(?:serotonin|dopamine)\b", "Sleep can boost dopamine.", true)]
    [InlineData(@"\b(?:increas\w*|boost\w*)\b[^.;]{0,40}?\b(?:serotonin|dopamine)\b", "Dopamine is a messenger.", false)]
    [InlineData(@"\bnon[\s-]?addictive\b", "It is non-addictive.", true)]
    public void A_feature_expression_runs_only_when_its_literals_occur(string pattern, string sentence, bool candidate)
    {
        var yaml = $"""
            features:
              shape:
                about: A test list.
                patterns: ['{pattern}']
            rules:
              - id: CL900
                category: cure-or-guarantee
                kind: predicate
                severity: error
                message: Test.
                why: Test.
                fix: Test.
                when:
                  all: [shape]
            """;
        var rules = RuleSetLoader.Parse("test.yaml", yaml);
        var prefilter = new RulePrefilter(rules.ClaimRules, rules.Features);

        prefilter.FeatureCandidate(0, prefilter.Candidates(sentence.ToLowerInvariant())).Should().Be(candidate);
        rules.Features.All[0].Pattern.IsMatch(sentence).Should().Be(candidate);
    }
}
