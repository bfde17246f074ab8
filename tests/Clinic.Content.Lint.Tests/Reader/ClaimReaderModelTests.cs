using Clinic.Content.Lint.Reader;

namespace Clinic.Content.Lint.Tests.Reader;

/// <summary>The reader's probability is the logistic of its bias plus the known words' weights over the square root of the word count.</summary>
public sealed class ClaimReaderModelTests
{
    private static readonly ClaimReaderModel Model = new(-1, new Dictionary<string, float>
    {
        ["works"] = 2f,
        ["works every"] = 1f,
        ["it"] = 0.5f,
        ["may"] = -3f,
    });

    private static readonly ClaimReaderModel PairsOfKnownWords = new(-1, new Dictionary<string, float>
    {
        ["works"] = 2f,
        ["every"] = 0.25f,
        ["works every"] = 1f,
        ["it works"] = -0.75f,
        ["it"] = 0.5f,
        ["may"] = -3f,
        ["#"] = 0.125f,
        ["# in"] = 0.5f,
        ["in"] = -0.25f,
    });

    [Fact]
    public void Probability_weighs_each_known_word_by_the_sentence_length()
    {
        // "it works every time": 4 words and 3 pairs; known: it, works, works every.
        var (probability, _) = Model.Read("It works every time.");

        probability.Should().BeApproximately(1 / (1 + Math.Exp(-(-1 + 3.5 / Math.Sqrt(7)))), 1e-9);
    }

    [Fact]
    public void The_strongest_words_are_the_known_ones_that_pushed_the_score_up_most()
    {
        Model.Read("It may work, it works every time.").Strongest.Should().Equal("works", "works every", "it");
    }

    [Theory]
    [InlineData("It works every time.")]
    [InlineData("It may work, it works every time, 9 in 10 say so.")]
    [InlineData("Parking is free.")]
    [InlineData("")]
    public void The_score_without_the_words_is_the_same_number(string sentence)
    {
        // Model has a pair whose second word has no weight of its own; PairsOfKnownWords has none (the exporter's form).
        Model.Probability(sentence).Should().Be(Model.Read(sentence).Probability);
        PairsOfKnownWords.Probability(sentence).Should().Be(PairsOfKnownWords.Read(sentence).Probability);
    }

    [Fact]
    public void A_sentence_of_unknown_words_scores_the_bias()
    {
        Model.Read("Parking is free.").Probability.Should().BeApproximately(1 / (1 + Math.E), 1e-9);
    }
}
