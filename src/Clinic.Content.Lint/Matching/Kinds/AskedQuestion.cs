using Clinic.Content.Lint.Features;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>
/// The question a sentence answers ("Is it addictive?" before "Not at all."), tagged only when an answer rule asks, so
/// a predicate can read the claim that a bare "No." or "Forever." carries from it.
/// </summary>
internal sealed class AskedQuestion(string text, FeatureLexicon lexicon)
{
    private SentenceFeatures? features;
    private bool? distanced;

    /// <summary>The question's normalised text.</summary>
    public string Text { get; } = text;

    /// <summary>The question's features, tagged on first use.</summary>
    public SentenceFeatures Features => features ??= SentenceFeatures.Tag(Text, lexicon);

    /// <summary>True when the question distances itself from the claim ("Is it a myth that ketamine is addictive?"): its answer is then about the myth.</summary>
    public bool IsDistanced => distanced ??= ClaimContext.IsDistanced(Text);
}
