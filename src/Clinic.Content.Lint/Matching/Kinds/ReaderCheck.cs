using Clinic.Content.Lint.Features;
using Clinic.Content.Lint.Reader;
using Clinic.Content.Lint.Rules;
using Clinic.Content.Lint.Text;

namespace Clinic.Content.Lint.Matching.Kinds;

/// <summary>
/// The learned second reader: a sentence no other rule flagged, which the model reads as a claim at or above the rule's
/// threshold, with none of the rule's compliant features (a hedge, a citation, a named population) and no citation.
/// </summary>
internal sealed class ReaderCheck(ClaimReaderModel? model, FeatureLexicon lexicon) : IClaimCheck
{
    /// <summary>
    /// Headings, menu items and bullet fragments ("Reduces cravings", "Ketamine FAQs") read like claims to a bag of words
    /// but carry no assertion a reviewer would strike; the word lists judge those.
    /// </summary>
    public const int MinimumWords = 6;

    public RuleKind Kind => RuleKind.Reader;

    public ClaimHit? Judge(ClaimRule rule, int ruleIndex, SentenceContext sentence)
    {
        if (model is null || rule.Threshold is not { } threshold)
        {
            return null;
        }

        // The cheap gates first, then the model's score, and only then the compliant features: tagging the word lists
        // with patterns runs their expressions, which cost more than the model, and few sentences reach the threshold.
        if (sentence.Sentence.HasCitation || !sentence.HasWords(MinimumWords) || IsTitle(sentence))
        {
            return null;
        }

        // The distancing expression costs about what the model does, and nearly every sentence passes it.
        var text = sentence.Text.AsSpan().TrimEnd();
        if (model.Probability(text) < threshold || sentence.IsDistanced || (rule.When is { } when && HasAny(sentence.Features, when.None)))
        {
            return null;
        }

        var (_, strongest) = model.Read(text);

        var remedies = rule.When?.None.Select(n => lexicon.Find(n)?.Remedy).OfType<string>().Distinct().ToList() ?? [];
        var start = text.Length - text.TrimStart().Length;
        return new ClaimHit(start, text.Length - start, strongest, remedies);
    }

    /// <summary>
    /// A heading, page title or link label, or a line written like one ("Ketamine for Veterans with Treatment-Resistant PTSD": most
    /// words capitalised, no closing punctuation), as plain-text pages carry them. Titles name a topic rather than assert
    /// it, and to a bag of words they are nothing but topic words; the word lists still judge them.
    /// </summary>
    private static bool IsTitle(SentenceContext sentence)
    {
        if (sentence.Sentence.Segment.Kind is SegmentKind.Heading or SegmentKind.Title || sentence.Sentence.Segment.IsLinkLabel)
        {
            return true;
        }

        var text = sentence.Text.AsSpan().Trim();
        if (text.IsEmpty || text[^1] is '.' or '!' or '?' or ':' or ';' or '…' or '"' or '\'' or ')')
        {
            return false;
        }

        var words = 0;
        var capitalised = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                words++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return words > 0 && capitalised * 5 >= words * 3;
    }

    private static bool HasAny(SentenceFeatures features, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (features.Has(name))
            {
                return true;
            }
        }

        return false;
    }
}
