using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Checks;

/// <summary>The Flesch-Kincaid grade level of a text, with a simple English syllable heuristic (see docs/claim-rules.md).</summary>
internal static partial class ReadingGrade
{
    /// <summary>0.39 × words per sentence + 11.8 × syllables per word − 15.59; null when there are no words.</summary>
    public static double? FleschKincaid(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sentenceCount = 0;
        var words = 0;
        var syllables = 0;
        foreach (var sentence in sentences)
        {
            var countedWords = 0;
            foreach (Match word in Word().Matches(sentence))
            {
                countedWords++;
                syllables += Syllables(word.Value);
            }

            if (countedWords > 0)
            {
                sentenceCount++;
                words += countedWords;
            }
        }

        return words == 0 ? null : (0.39 * words / sentenceCount) + (11.8 * syllables / words) - 15.59;
    }

    /// <summary>Vowel groups, less a silent final "e" and a silent "-es"/"-ed", at least one; a number counts as one.</summary>
    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (!w.Any(char.IsLetter))
        {
            return 1;
        }

        var count = 0;
        var previousVowel = false;
        foreach (var c in w)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !IsVowel(w[^2]))
        {
            count--;
        }
        else if (w.Length > 3 && (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
            && !IsVowel(w[^3]) && w[^3] is not ('t' or 'd' or 's' or 'x' or 'z' or 'c' or 'g'))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
