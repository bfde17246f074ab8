namespace Clinic.Content.Lint.Reader;

/// <summary>
/// The words the learned claim reader sees in a sentence: lower-cased word unigrams and bigrams, every number as "#"
/// and "%" as a word of its own. Training (bench/ml-reader) and the linter use this one definition, so a model's
/// weights mean the same thing in both.
/// </summary>
public static class ReaderWords
{
    /// <summary>The sentence's unigrams then bigrams, in reading order (repeats kept: they count as often as they occur).</summary>
    public static List<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length * 2 + 1];
        var tokens = new List<(int Start, int Length)>();
        Tokenize(text, buffer, tokens);
        var grams = tokens.ConvertAll(t => new string(buffer, t.Start, t.Length));
        for (var i = 1; i < tokens.Count; i++)
        {
            grams.Add(new string(buffer, tokens[i - 1].Start, tokens[i].Start + tokens[i].Length - tokens[i - 1].Start));
        }

        return grams;
    }

    /// <summary>
    /// Writes the sentence's words into <paramref name="buffer"/>, one space apart, and their positions into
    /// <paramref name="tokens"/>; a bigram is then the buffer from one word's start to the next word's end. The buffer
    /// needs twice the text's length plus one ("5%" becomes "# %").
    /// </summary>
    public static void Tokenize(ReadOnlySpan<char> text, Span<char> buffer, List<(int Start, int Length)> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        tokens.Clear();
        var at = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = Begin(buffer, ref at, tokens);
                while (i < text.Length && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    buffer[at++] = IsApostrophe(text[i]) ? '\'' : char.ToLowerInvariant(text[i]);
                    i++;
                }

                tokens.Add((start, at - start));
            }
            else if (char.IsDigit(c))
            {
                // "70", "1.5" and "2,000" are one number: the reader learns that a figure is there, not which.
                while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] is '.' or ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                var start = Begin(buffer, ref at, tokens);
                buffer[at++] = '#';
                tokens.Add((start, 1));
            }
            else
            {
                if (c == '%')
                {
                    var start = Begin(buffer, ref at, tokens);
                    buffer[at++] = '%';
                    tokens.Add((start, 1));
                }

                i++;
            }
        }
    }

    private static int Begin(Span<char> buffer, ref int at, List<(int Start, int Length)> tokens)
    {
        if (tokens.Count > 0)
        {
            buffer[at++] = ' ';
        }

        return at;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
