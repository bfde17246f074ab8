using System.Text.RegularExpressions;

namespace Clinic.Content.Lint.Text;

/// <summary>Citations as pages outside the content folder write them: "[1]", "[2, 3]", "¹", "(Berman et al., 2000)".</summary>
public static partial class LooseCitation
{
    // Every citation form starts with a bracket, a parenthesis or a superscript digit; most sentences have none.
    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("[(¹²³⁴⁵⁶⁷⁸⁹⁰");

    /// <summary>True when <paramref name="sentence"/> carries a citation in one of these forms.</summary>
    public static bool IsIn(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.AsSpan().ContainsAny(Openers) && Pattern().IsMatch(sentence);
    }

    [GeneratedRegex(@"\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]|[\p{L})][¹²³⁴⁵⁶⁷⁸⁹⁰]+|\((?:see\s+|e\.g\.,?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:et\s+al\.?|(?:&|and)\s+\p{Lu}[\p{L}'’-]+))?,?\s+(?:19|20)\d{2}[a-z]?\b[^)]*\)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
