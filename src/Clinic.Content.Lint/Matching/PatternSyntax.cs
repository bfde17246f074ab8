namespace Clinic.Content.Lint.Matching;

/// <summary>The parts of .NET regular-expression syntax <see cref="RequiredLiterals"/> skips over: quantifiers and character classes.</summary>
internal static class PatternSyntax
{
    public static (int Min, int Max) Quantifier(string p, ref int i)
    {
        if (i >= p.Length)
        {
            return (1, 1);
        }

        (int, int) result;
        switch (p[i])
        {
            case '?':
                result = (0, 1);
                i++;
                break;
            case '*':
                result = (0, int.MaxValue);
                i++;
                break;
            case '+':
                result = (1, int.MaxValue);
                i++;
                break;
            case '{' when p.IndexOf('}', i) is var close and > 0 && IsCount(p[(i + 1)..close]):
                var parts = p[(i + 1)..close].Split(',');
                var low = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                result = (low, parts.Length == 1 ? low : int.MaxValue);
                i = close + 1;
                break;
            default:
                return (1, 1);
        }

        if (i < p.Length && p[i] == '?')
        {
            i++;
        }

        return result;
    }

    private static bool IsCount(string inner) =>
        inner.Length > 0 && char.IsAsciiDigit(inner[0]) && inner.All(ch => char.IsAsciiDigit(ch) || ch == ',');

    public static int ClassEnd(string p, int i)
    {
        i++;
        if (i < p.Length && p[i] == '^')
        {
            i++;
        }

        if (i < p.Length && p[i] == ']')
        {
            i++;
        }

        while (i < p.Length && p[i] != ']')
        {
            i += p[i] == '\\' ? 2 : 1;
        }

        return i < p.Length ? i + 1 : throw new FormatException();
    }
}
