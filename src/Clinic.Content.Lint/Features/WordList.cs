using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Features;

/// <summary>
/// Turns a reviewer's word list into one case-insensitive expression. A word ending in '*' matches any ending
/// ("effective*" matches "effectiveness"); a space or hyphen inside a phrase matches a space, a hyphen or both.
/// Entries match whole words: "can" does not match inside "can't", while "mice" still matches "mice's".
/// </summary>
public static class WordList
{
    /// <summary>A pattern matching any of <paramref name="words"/> as whole words.</summary>
    public static string ToPattern(IEnumerable<string> words)
    {
        var alternatives = Entries(words).Select(Word);
        return @"(?<![\w'])(?:" + string.Join('|', alternatives) + @")(?!\w|'t\b)";
    }

    /// <summary>The entries in the order the expression tries them: longest first, ties in the reviewers' order.</summary>
    public static IReadOnlyList<string> Entries(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Select(w => w.Trim()).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList();
    }

    /// <summary>
    /// The longest word of every entry (without a trailing '*'), for a quick "could it match?" test: a sentence that
    /// contains none of them cannot match. The longest word filters best ("I have seen" needs "have", not "I").
    /// </summary>
    public static SearchValues<string> FirstWords(IEnumerable<string> words) =>
        SearchValues.Create([.. FirstWordList(words)], StringComparison.OrdinalIgnoreCase);

    /// <summary>The words <see cref="FirstWords"/> searches for, each once (ignoring case).</summary>
    public static IReadOnlyList<string> FirstWordList(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words
            .Select(w => w.Trim().TrimEnd('*').Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).OrderByDescending(p => p.Length).FirstOrDefault() ?? string.Empty)
            .Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string Word(string word)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            switch (c)
            {
                case '*' when i == word.Length - 1:
                    pattern.Append(@"[\w'-]*");
                    break;
                case ' ' or '-':
                    pattern.Append(@"[\s-]*");
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return pattern.ToString();
    }
}
