using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Features;

/// <summary>Splits a sentence into clauses: at semicolons, colons, dashes, brackets and contrast words ("but", "whereas").</summary>
public static partial class Clauses
{
    /// <summary>The clause number of every character of <paramref name="sentence"/>.</summary>
    public static int[] Number(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clause = new int[sentence.Length];
        var current = 0;
        var next = Boundary().Match(sentence);
        for (var i = 0; i < sentence.Length; i++)
        {
            if (next.Success && i == next.Index)
            {
                current++;
                next = next.NextMatch();
            }

            clause[i] = current;
        }

        return clause;
    }

    [GeneratedRegex(@"[;:()\[\]—–•]|\s-\s|,?\s\b(?:but|however|whereas|although|though|while|yet|unlike|compared (?:to|with)|instead of|rather than)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
