using Clinic.Content.Glossary;

namespace Clinic.Content.Tests;

/// <summary>The glossary's quick check (<see cref="SiteGlossary.MayContainTerm"/>) only ever skips text the matcher finds nothing in.</summary>
public sealed class GlossaryMatchingTests
{
    private static readonly SiteGlossary Glossary = new(
    [
        Term("NMDA receptor", "NMDA receptors", "NMDA"),
        Term("mTOR"),
        Term("treatment-resistant depression"),
        Term("esketamine", "S-ketamine", "Spravato"),
        Term("dissociation", "feeling detached"),
        Term("café au lait"),
    ]);

    [Theory]
    [InlineData("Ketamine blocks the NMDA receptor.", true)]
    [InlineData("blocks nmda receptors", false)]
    [InlineData("It acts on MTOR and mtor, then mTOR.", true)]
    [InlineData("for Treatment-Resistant\n   Depression", true)]
    [InlineData("FEELING\tDETACHED after a dose", true)]
    [InlineData("S-KETAMINE nasal spray", true)]
    [InlineData("A café au lait spot", true)]
    [InlineData("Plain words with none of the terms.", false)]
    [InlineData("pre-NMDA and NMDA-like are not the term", false)]
    [InlineData("Ａ ｍTOR in wide letters, and the Kelvin sign: \u212Aetamine", false)]
    public void Text_the_quick_check_skips_has_no_term_in_it(string text, bool hasTerm)
    {
        Glossary.Matcher!.IsMatch(text).Should().Be(hasTerm);
        if (hasTerm)
        {
            Glossary.MayContainTerm(text).Should().BeTrue("the matcher finds a term in it");
        }
    }

    [Fact]
    public void Text_without_any_term_s_first_word_is_skipped()
    {
        Glossary.MayContainTerm("Plain words with none of the terms.").Should().BeFalse();
        SiteGlossary.Empty.MayContainTerm("NMDA").Should().BeFalse("an empty glossary has nothing to link");
    }

    private static GlossaryTerm Term(string term, params string[] also) =>
        new() { Term = term, Id = term.Replace(' ', '-'), Definition = "A definition.", AlsoKnownAs = also };
}
