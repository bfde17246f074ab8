using System.Text.RegularExpressions;
using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Matching;
using Clinic.Content.Lint.Tests.Support;

namespace Clinic.Content.Lint.Tests.Features;

/// <summary>
/// The one-pass word lookup must find exactly what each list's own expression finds: same words, same positions,
/// on every example sentence in the rules file, every fixture and the edge cases of the word-list syntax.
/// </summary>
public sealed class WordLookupTests
{
    private static readonly string[] EdgeCases =
    [
        "It is well - established and well--established and wellestablished.",
        "You can't stop; you cant; you can'tell; can't.",
        "Its effectiveness, effective's and effective-ness differ.",
        "We've found that we have  found it; in our   experience it helps.",
        "RAPID relief, Rapid-acting, fast  acting and fast-acting.",
        "mice's cages, the rat-race and rats.",
        "'always' and the 'the best' option.",
        "",
        "-",
        "esketamine ketamine-ketamine ketamines",
    ];

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var sentence in AllSentences().Distinct(StringComparer.Ordinal))
        {
            data.Add(sentence);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Lookup_finds_what_each_list_expression_finds(string sentence)
    {
        var text = ClaimMatcher.Normalize(sentence);
        var lexicon = Linted.Rules.Features;
        var found = lexicon.Lookup.Find(text);
        foreach (var feature in lexicon.All.Where(f => f.WordsOnly))
        {
            var expected = feature.Pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = found[lexicon.LookupIndex(feature.Name)] ?? [];

            actual.Should().Equal(expected, $"feature '{feature.Name}' on \"{text}\"");
        }
    }

    [Fact]
    public void Every_list_without_patterns_is_in_the_lookup()
    {
        var lexicon = Linted.Rules.Features;
        var wordsOnly = lexicon.All.Where(f => f.WordsOnly).ToList();

        wordsOnly.Should().HaveCountGreaterThan(20);
        lexicon.Lookup.Count.Should().Be(wordsOnly.Count);
        wordsOnly.Should().OnlyContain(f => lexicon.LookupIndex(f.Name) >= 0);
        lexicon.All.Where(f => !f.WordsOnly).Should().OnlyContain(f => lexicon.LookupIndex(f.Name) < 0);
    }

    [Theory]
    [InlineData(new[] { "fast", "fast acting", "fastest" }, "It is fast-acting and the fastest.", "fast-acting|fastest")]
    [InlineData(new[] { "can" }, "You can't, but you can.", "can")]
    [InlineData(new[] { "relie*" }, "Relief and relieved.", "Relief|relieved")]
    public void Lookup_prefers_the_longest_entry_and_respects_word_edges(string[] words, string sentence, string expected)
    {
        var lookup = new WordLookup([words]);

        var spans = lookup.Find(sentence)[0] ?? [];

        string.Join('|', spans.Select(s => sentence.Substring(s.Start, s.Length))).Should().Be(expected);
    }

    private static IEnumerable<string> AllSentences() => ExampleSentences.All().Concat(EdgeCases);
}
