using System.Text;
using Clinic.Content.Lint.Matching;

namespace Clinic.Content.Lint.Tests.Matching;

/// <summary>The prefilter's automaton reports exactly the literals that occur in a text, whitespace runs read as one space.</summary>
public sealed class LiteralAutomatonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void It_finds_the_same_literals_as_a_plain_substring_search(int seed)
    {
        // Few letters and many literals sharing prefixes and suffixes: deep states, long failure chains, shallow and deep
        // states alike. The seed is fixed, so the test is deterministic.
        var random = new Random(seed);
        var literals = Enumerable.Range(0, 400).Select(_ => Word(random, "abc ", random.Next(1, 9)))
            .Where(l => !l.Contains("  ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var owners = literals.Select((l, i) => KeyValuePair.Create(l, new List<int> { i })).ToList();
        var automaton = new LiteralAutomaton(owners);

        for (var t = 0; t < 300; t++)
        {
            var text = Word(random, "abcab \t\nx\u00e9\u00a0", random.Next(0, 60));
            var satisfied = new bool[literals.Count];
            automaton.Mark(text, satisfied);

            var read = Collapse(text);
            var expected = literals.Select(l => read.Contains(l, StringComparison.Ordinal)).ToArray();
            satisfied.Should().Equal(expected, $"the text is \"{text}\"");
        }
    }

    [Fact]
    public void A_literal_across_a_run_of_whitespace_is_found()
    {
        var automaton = new LiteralAutomaton([KeyValuePair.Create("7 in ", new List<int> { 0 }), KeyValuePair.Create("one out of", new List<int> { 1 })]);
        var satisfied = new bool[2];

        automaton.Mark("about 7\t\n in 10 people, or one  out\u00a0of three", satisfied);

        satisfied.Should().Equal(true, true);
    }

    private static string Word(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    // What the automaton reads: every whitespace character as a space, and a run of them as one.
    private static string Collapse(string text)
    {
        var read = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space || read.Length == 0 || read[^1] != ' ')
            {
                read.Append(space ? ' ' : c);
            }
        }

        return read.ToString();
    }
}
