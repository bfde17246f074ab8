using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Tests.Matching;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Ketamine acts fast. It also fades.", 2)]
    [InlineData("Doses of 0.5 mg/kg are common. They are given over 40 minutes.", 2)]
    [InlineData("Berman et al. found an effect in 2000. It was small.", 2)]
    [InlineData("Some drugs, e.g. SSRIs, take weeks. Ketamine differs.", 2)]
    [InlineData("It is approved in the U.S. for anesthesia.", 1)]
    [InlineData("Ask Dr. Lee about it. She will explain.", 2)]
    [InlineData("Ketamine vs. placebo: a trial. It was small.", 2)]
    [InlineData("Does it work? Sometimes! Often not.", 3)]
    [InlineData("A heading without a full stop", 1)]
    [InlineData("How we choose our sources · Our medical reviewers · All topics | Site map", 4)]
    [InlineData("A score of 3·5 and a|b stay whole.", 1)]
    [InlineData("Is it addictive? No. It is given in a clinic.", 3)]
    [InlineData("See table No. 4 for the doses.", 1)]
    public void Splits_at_sentence_ends_but_not_at_abbreviations_or_decimals(string text, int count)
    {
        SentenceSplitter.Split(Segment(text)).Should().HaveCount(count);
    }

    [Fact]
    public void Sentences_keep_their_exact_place_in_the_text()
    {
        var sentences = SentenceSplitter.Split(Segment("First one.  Second one."));

        sentences.Select(s => s.Text).Should().Equal("First one.", "Second one.");
        sentences[1].Start.Should().Be(12);
    }

    private static TextSegment Segment(string text)
    {
        var builder = new TextSegmentBuilder(new SourceText("t.txt", text), SegmentKind.Paragraph);
        builder.Append(text, 0);
        return builder.Build()!;
    }
}
