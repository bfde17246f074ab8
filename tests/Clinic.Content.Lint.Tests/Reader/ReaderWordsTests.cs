using Clinic.Content.Lint.Reader;

namespace Clinic.Content.Lint.Tests.Reader;

/// <summary>The words the learned reader sees: the same in training and in the linter, so a weight means one thing.</summary>
public sealed class ReaderWordsTests
{
    [Fact]
    public void Words_are_lower_cased_and_figures_become_one_token()
    {
        ReaderWords.Of("Ketamine’s 70% Response: 2,000 patients, 1.5 days!")
            .Should().Equal("ketamine's", "#", "%", "response", "#", "patients", "#", "days",
                "ketamine's #", "# %", "% response", "response #", "# patients", "patients #", "# days");
    }

    [Fact]
    public void Hyphens_and_quotes_split_words_but_an_inner_apostrophe_does_not()
    {
        ReaderWords.Of("\"Don't wait\" for long-term relief").Should().StartWith(["don't", "wait", "for", "long", "term", "relief"]);
    }

    [Fact]
    public void A_sentence_without_words_has_none()
    {
        ReaderWords.Of(" -- ! ").Should().BeEmpty();
    }
}
