using System.Text.RegularExpressions;
using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Matching;

/// <summary>The literal prefilter only skips patterns that cannot match; it never changes what is found.</summary>
public sealed class PrefilterTests
{
    [Theory]
    [InlineData(@"\bcures? it\b", "cure it")]
    [InlineData(@"\b(?:no|zero) side[- ]effects?\b", "effect")]
    [InlineData(@"\b(?<claim>miracle|magic (?:bullet|pill))\b", "miracle")]
    [InlineData(@"\b(?<claim>\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent))", "%")]
    [InlineData(@"\b(?<claim>\d+\s+in\s+\d+)\b", "7 in ")]
    [InlineData(@"\b(?<claim>(?:\d+|one|two)\s+(?:in|out of)\s+(?:\d+|ten))\b", "7 in ")]
    [InlineData(@"\b(?<claim>(?:\d+|one|two)\s+(?:in|out of)\s+(?:\d+|ten))\b", "one out of")]
    [InlineData(@"\b(?:more|less) (?:safe|good)\b", "less safe")]
    public void Required_literals_are_read_from_the_pattern(string pattern, string expected)
    {
        RequiredLiterals.Clauses(pattern).SelectMany(c => c).Should().Contain(expected);
    }

    [Theory]
    [InlineData(@"(?:cure)?depression|.*")]
    [InlineData(@"\w+")]
    [InlineData(@"(?:a|b)?c?")]
    public void Patterns_without_a_required_literal_always_run(string pattern)
    {
        RequiredLiterals.Clauses(pattern).Should().BeEmpty();
    }

    [Fact]
    public void Every_pattern_that_matches_a_real_sentence_is_a_prefilter_candidate()
    {
        var prefilter = new RulePrefilter(Linted.Rules.ClaimRules);
        var sentences = Directory.EnumerateFiles(Repo.Seeds, "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Fixtures, "heldout")))
            .SelectMany(File.ReadAllLines)
            .SelectMany(line => line.Split(". "))
            .Select(ClaimMatcher.Normalize)
            .ToList();

        var missed = new List<string>();
        foreach (var sentence in sentences)
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

        sentences.Should().HaveCountGreaterThan(200);
        missed.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Seven  in\tten patients respond.")]
    [InlineData("Seven\u00A0in ten patients respond.")]
    [InlineData("Seven\nin\n\nten patients respond.")]
    public void A_run_of_whitespace_of_any_kind_satisfies_a_space_in_a_literal(string sentence)
    {
        var rule = Linted.Rules.ClaimRules.First(r => r.Patterns.Any(p => p.IsMatch("Seven in ten patients respond.")));
        var prefilter = new RulePrefilter([rule]);
        var p = rule.Patterns.Select((pattern, index) => (pattern, index)).First(x => x.pattern.IsMatch(sentence)).index;

        prefilter.Candidates(sentence.ToLowerInvariant())[prefilter.PatternIndex(0, p)].Should().BeTrue();
        prefilter.Candidates("seven patients respond in ten days.")[prefilter.PatternIndex(0, p)].Should().BeFalse();
    }
}
