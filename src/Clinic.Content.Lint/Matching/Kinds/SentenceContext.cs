using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Text;
using Clinic.Content.References;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>One sentence as the rule kinds see it: normalised text, its citation, and features and prefilter results computed once.</summary>
internal sealed class SentenceContext(Sentence sentence, string text, bool[] candidates, RulePrefilter prefilter, FeatureLexicon lexicon, Func<string, Reference?>? library, AskedQuestion? question = null)
{
    /// <summary>The references the sentence cites that the library knows (empty outside the content folder).</summary>
    public IReadOnlyList<Reference> CitedReferences => library is null
        ? []
        : Sentence.CitedKeys.Select(library).OfType<Reference>().ToList();

    private SentenceFeatures? features;
    private SentenceWord[]? words;
    private bool? distanced;

    public Sentence Sentence { get; } = sentence;

    /// <summary>The question the sentence directly follows, for answer rules (<see cref="Predicate.Question"/>); null when none.</summary>
    public AskedQuestion? Question { get; } = question;

    /// <summary>The normalised text (typographic quotes and dashes made plain, same length).</summary>
    public string Text { get; } = text;

    /// <summary>Which patterns the prefilter says could match, indexed by <see cref="RulePrefilter.PatternIndex"/>.</summary>
    public bool[] Candidates { get; } = candidates;

    public SentenceFeatures Features => features ??= SentenceFeatures.Tag(Text, lexicon, prefilter, Candidates);

    /// <summary>True when the sentence distances itself from the claims it mentions (worked out once per sentence).</summary>
    public bool IsDistanced => distanced ??= ClaimContext.IsDistanced(Text);

    /// <summary>The sentence's words, split once for every phrase match's negation check.</summary>
    public SentenceWord[] Words => words ??= ClaimContext.WordsOf(Text);

    /// <summary>True when the sentence has at least <paramref name="count"/> <see cref="Words"/>, without splitting them when no rule has yet.</summary>
    public bool HasWords(int count) => words is { } split ? split.Length >= count : ClaimContext.HasWords(Text, count);
}
