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
            // The reference expression runs without the linter's time limit: on a loaded machine a 250 ms limit can
            // expire while the test thread waits for a core, which is not what this test is about.
            var expected = new Regex(feature.Pattern.ToString(), feature.Pattern.Options).Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = found[lexicon.LookupIndex(feature.Name)] ?? [];

            actual.Should().Equal(expected, $"feature '{feature.Name}' on \"{text}\"");
        }

        // A list with patterns and words: the trie's hits of its words are what its words expression finds, because
        // when nothing else in its expression can match the sentence, the linter takes them instead of running it.
        for (var index = 0; index < lexicon.All.Count; index++)
        {
            var feature = lexicon.All[index];
            if (feature.WordsOnly || feature.Words.Count == 0)
            {
                continue;
            }

            var expected = new Regex(WordList.ToPattern(feature.Words), feature.Pattern.Options).Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = found[lexicon.WordsIndexAt(index)] ?? [];

            actual.Should().Equal(expected, $"the words of feature '{feature.Name}' on \"{text}\"");
        }
    }

    [Fact]
    public void Every_list_without_patterns_is_in_the_lookup_and_then_the_words_of_the_others()
    {
        var lexicon = Linted.Rules.Features;
        var wordsOnly = lexicon.All.Where(f => f.WordsOnly).ToList();

        var mixed = lexicon.All.Where(f => !f.WordsOnly && f.Words.Count > 0).ToList();

        wordsOnly.Should().HaveCountGreaterThan(20);
        mixed.Should().NotBeEmpty();
        lexicon.Lookup.Count.Should().Be(wordsOnly.Count + mixed.Count);
        wordsOnly.Should().OnlyContain(f => lexicon.LookupIndex(f.Name) >= 0);
        lexicon.All.Where(f => !f.WordsOnly).Should().OnlyContain(f => lexicon.LookupIndex(f.Name) < 0);
        Enumerable.Range(0, lexicon.All.Count).Where(i => !lexicon.All[i].WordsOnly && lexicon.All[i].Words.Count > 0)
            .Should().OnlyContain(i => lexicon.WordsIndexAt(i) >= wordsOnly.Count);
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
