using System.Text.RegularExpressions;
using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Matching;

/// <summary>The literal prefilter only skips patterns that cannot match; it never changes what is found.</summary>
public sealed class PrefilterTests
{
    [Theory]
    [InlineData(@"\bcures? depression\b", "cure")]
    [InlineData(@"\b(?:no|zero) side[- ]effects?\b", "effect")]
    [InlineData(@"\b(?<claim>miracle|magic (?:bullet|pill))\b", "miracle")]
    [InlineData(@"\b(?<claim>\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent))", "%")]
    [InlineData(@"\b(?<claim>\d+\s+in\s+\d+)\b", "7")]
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
}
