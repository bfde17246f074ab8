namespace Clinic.Content.Lint.Matching;

/// <summary>
/// Works out, from a pattern's text, literal strings every match must contain (the "prefilter" idea of RE2 and
/// code search), as clauses: each clause is a set of literals of which a match contains at least one, and a match
/// satisfies every clause. A sentence failing a clause cannot match, so the pattern is never run on it.
/// </summary>
/// <remarks>
/// Handles the syntax rule files use: literals, escapes, character classes, groups (including named and
/// look-around groups), alternation and quantifiers. Anything it does not understand makes it give up (no clauses),
/// which is always safe. Literals are lower-cased; callers search lower-cased text.
/// </remarks>
public static class RequiredLiterals
{
    /// <summary>The clauses of <paramref name="pattern"/>; empty when nothing is required (the pattern always runs).</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Clauses(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var position = 0;
            var clauses = Alternation(pattern, ref position);
            return position == pattern.Length ? clauses.Where(ClauseSelectivity.IsSelective).ToList() : [];
        }
        catch (FormatException)
        {
            return [];
        }
    }

    // Alternation: each branch must contribute; the result is one clause, the union of each branch's best clause.
    private static List<HashSet<string>> Alternation(string p, ref int i)
    {
        var branches = new List<List<HashSet<string>>>();
        while (true)
        {
            branches.Add(Sequence(p, ref i));
            if (i < p.Length && p[i] == '|')
            {
                i++;
                continue;
            }

            break;
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            HashSet<string>? best = null;
            foreach (var clause in branch)
            {
                best = ClauseSelectivity.Better(best, clause);
            }

            if (best is null)
            {
                return [];
            }

            union.UnionWith(best);
        }

        return [union];
    }

    // Sequence: every item with a clause is required, so all their clauses hold together.
    private static List<HashSet<string>> Sequence(string p, ref int i)
    {
        var clauses = new List<HashSet<string>>();
        var run = new System.Text.StringBuilder();
        void EndRun()
        {
            if (run.Length > 0)
            {
                clauses.Add(new HashSet<string>(StringComparer.Ordinal) { run.ToString() });
                run.Clear();
            }
        }

        while (i < p.Length && p[i] is not ('|' or ')'))
        {
            var (literal, set, zeroWidth) = Atom(p, ref i);
            var (min, max) = Quantifier(p, ref i);
            if (zeroWidth)
            {
                continue;
            }

            if (literal is { } c && min >= 1)
            {
                // "ab" extends the run; "b+" or "b{2}" still contains one "b", but what follows may not touch it.
                run.Append(c);
                if (max != 1)
                {
                    EndRun();
                }

                continue;
            }

            EndRun();
            if (min >= 1 && set is not null)
            {
                clauses.AddRange(set);
            }
        }

        EndRun();
        return clauses;
    }

    /// <summary>One atom: a literal character, a group's literal set, or something that matches without a known literal.</summary>
    private static (char? Literal, List<HashSet<string>>? Set, bool ZeroWidth) Atom(string p, ref int i)
    {
        var c = p[i];
        switch (c)
        {
            case '\\':
                if (i + 1 >= p.Length)
                {
                    throw new FormatException();
                }

                var e = p[i + 1];
                i += 2;
                if (e is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G')
                {
                    return (null, null, true);
                }

                if (e == 'd')
                {
                    return (null, [new HashSet<string>(ClauseSelectivity.Digits, StringComparer.Ordinal)], false);
                }

                if (e is 'p' or 'P')
                {
                    i = p.IndexOf('}', i) + 1;
                    return i == 0 ? throw new FormatException() : (null, null, false);
                }

                if (char.IsLetterOrDigit(e))
                {
                    return (null, null, false);
                }

                return (char.ToLowerInvariant(e), null, false);
            case '[':
                i = ClassEnd(p, i);
                return (null, null, false);
            case '(':
                return Group(p, ref i);
            case '^' or '$':
                i++;
                return (null, null, true);
            case '.':
                i++;
                return (null, null, false);
            default:
                i++;
                return (char.ToLowerInvariant(c), null, false);
        }
    }

    private static (char? Literal, List<HashSet<string>>? Set, bool ZeroWidth) Group(string p, ref int i)
    {
        i++;
        var lookaround = false;
        if (i < p.Length && p[i] == '?')
        {
            i++;
            if (p[i] == ':')
            {
                i++;
            }
            else if (p[i] is '=' or '!')
            {
                lookaround = true;
                i++;
            }
            else if (p[i] == '<' && i + 1 < p.Length && p[i + 1] is '=' or '!')
            {
                lookaround = true;
                i += 2;
            }
            else if (p[i] == '<')
            {
                i = p.IndexOf('>', i) + 1;
                if (i == 0)
                {
                    throw new FormatException();
                }
            }
            else
            {
                throw new FormatException();
            }
        }

        var clauses = Alternation(p, ref i);
        if (i >= p.Length || p[i] != ')')
        {
            throw new FormatException();
        }

        i++;
        return lookaround ? (null, null, true) : (null, clauses, false);
    }

    private static (int Min, int Max) Quantifier(string p, ref int i)
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

    private static int ClassEnd(string p, int i)
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
