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
    // Sets of strings are combined (cross products) only while they stay this small, and literals are cut to this
    // length: a prefix of a required string is required too, and longer ones only grow the prefilter's automaton.
    private const int MaxLiteral = 10;
    private const int MaxClauses = 3;

    /// <summary>The clauses of <paramref name="pattern"/>; empty when nothing is required (the pattern always runs).</summary>
    /// <remarks>
    /// Whitespace in a literal is one space: the prefilter reads a sentence with each run of whitespace as one space
    /// (<see cref="LiteralAutomaton"/>), so <c>\s+</c> is a known string there, and "7 in " is required by
    /// <c>\d+\s+in\s+</c>.
    /// </remarks>
    public static IReadOnlyList<IReadOnlySet<string>> Clauses(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var position = 0;
            var info = Alternation(pattern, ref position);
            if (position != pattern.Length)
            {
                return [];
            }

            var sets = info.Clauses.Concat(new[] { info.Exact, info.Prefix, info.Suffix }.OfType<HashSet<string>>());
            var clauses = new List<HashSet<string>>();
            foreach (var set in sets)
            {
                var clause = new HashSet<string>(set.Select(Normalize), StringComparer.Ordinal);
                if (ClauseSelectivity.IsSelective(clause) && !clauses.Exists(c => c.SetEquals(clause)))
                {
                    clauses.Add(clause);
                }
            }

            // A clause whose every literal contains a literal of another makes that other one redundant: "cure depression"
            // implies "cure". Of what is left, the most selective few are kept; each literal of a kept clause costs the
            // prefilter a little on every sentence that has it.
            var kept = clauses.Where(b => !clauses.Exists(a => !ReferenceEquals(a, b) && Implies(a, b) && !(Implies(b, a) && clauses.IndexOf(b) < clauses.IndexOf(a))))
                .OrderByDescending(c => c.Min(l => l.Length))
                .Take(MaxClauses)
                .ToList();
            return kept;
        }
        catch (FormatException)
        {
            return [];
        }
    }

    // Every string that satisfies a satisfies b: each literal of a contains one of b.
    private static bool Implies(HashSet<string> a, HashSet<string> b) =>
        a.All(x => b.Any(y => x.Contains(y, StringComparison.Ordinal)));

    /// <summary>A literal as the prefilter reads text: each run of whitespace one space, at most <see cref="MaxLiteral"/> characters.</summary>
    internal static string Normalize(string literal)
    {
        var text = new System.Text.StringBuilder(literal.Length);
        foreach (var c in literal)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
            else if (text.Length == 0 || text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.Length > MaxLiteral ? text.ToString(0, MaxLiteral) : text.ToString();
    }

    // Alternation: one clause, the union of each branch's best clause; exact, prefix and suffix sets when every branch has one.
    private static Info Alternation(string p, ref int i)
    {
        var branches = new List<Info>();
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

        var exact = LiteralSets.Union(branches.Select(b => b.Exact));
        if (exact is not null)
        {
            return Info.Of(exact);
        }

        HashSet<string>? union = new(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            HashSet<string>? best = null;
            foreach (var clause in branch.Clauses.Concat(new[] { branch.Exact, branch.Prefix, branch.Suffix }.OfType<HashSet<string>>()))
            {
                best = ClauseSelectivity.Better(best, clause);
            }

            if (best is null)
            {
                union = null;
                break;
            }

            union.UnionWith(best);
        }

        return new Info(null, LiteralSets.Union(branches.Select(b => b.Exact ?? b.Prefix)), LiteralSets.Union(branches.Select(b => b.Exact ?? b.Suffix)), union is null ? [] : [union]);
    }

    // Sequence: the items' infos concatenated left to right; their clauses collected in one list.
    private static Info Sequence(string p, ref int i)
    {
        var clauses = new List<HashSet<string>>();
        var info = Info.Of(LiteralSets.Empty());
        while (i < p.Length && p[i] is not ('|' or ')'))
        {
            // While every match so far is known exactly, a run of plain characters extends each known string by the
            // run, as one character at a time would, without a set and a cross product per character (most of the
            // prefilter's construction).
            if (info.Exact is { } known && LiteralRun(p, ref i) is { } run)
            {
                info = Info.Of(LiteralSets.Cross(known, [run])!);
                continue;
            }

            var atom = Atom(p, ref i);
            var (min, max) = PatternSyntax.Quantifier(p, ref i);
            var item = Repeat(atom, min, max);
            clauses.AddRange(item.Clauses);
            info = Concat(info, item, clauses);
        }

        return info with { Clauses = clauses };
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? runBuilder;

    // The lower-cased run of literal characters (plain or escaped punctuation, none quantified) at i, or null when
    // the next atom is not one; i moves past the run.
    private static string? LiteralRun(string p, ref int i)
    {
        var run = runBuilder ??= new System.Text.StringBuilder();
        run.Clear();
        while (i < p.Length)
        {
            var width = p[i] == '\\' ? 2 : 1;
            var c = width == 2 ? (i + 1 < p.Length ? p[i + 1] : '\0') : p[i];
            var literal = width == 2
                ? i + 1 < p.Length && !char.IsLetterOrDigit(c)
                : c is not ('[' or '(' or ')' or '|' or '^' or '$' or '.' or '*' or '+' or '?' or '{');
            if (!literal || (i + width < p.Length && p[i + width] is '*' or '+' or '?' or '{'))
            {
                break;
            }

            run.Append(char.ToLowerInvariant(c));
            i += width;
        }

        return run.Length == 0 ? null : run.ToString();
    }

    // The clauses the two sides leave behind go to 'clauses'; the result carries only its exact, prefix and suffix sets.
    private static Info Concat(Info a, Info b, List<HashSet<string>> clauses)
    {
        if (a.Exact is not null && b.Exact is not null)
        {
            if (LiteralSets.Cross(a.Exact, b.Exact) is { } both)
            {
                return Info.Of(both);
            }

            clauses.Add(a.Exact);
            clauses.Add(b.Exact);
            return new Info(null, a.Exact, b.Exact, []);
        }

        // Where the two meet: the end of a's match runs straight into the start of b's.
        var aEnd = a.Exact ?? a.Suffix;
        var bStart = b.Exact ?? b.Prefix;
        if (aEnd is not null && bStart is not null && LiteralSets.Cross(aEnd, bStart) is { } middle)
        {
            clauses.Add(middle);
        }
        else
        {
            clauses.AddRange(new[] { aEnd, bStart }.OfType<HashSet<string>>());
        }

        var prefix = a.Exact is null ? a.Prefix : b.Prefix is null ? a.Exact : LiteralSets.Cross(a.Exact, b.Prefix) ?? a.Exact;
        var suffix = b.Exact is null ? b.Suffix : a.Suffix is null ? b.Exact : LiteralSets.Cross(a.Suffix, b.Exact) ?? b.Exact;
        return new Info(null, prefix, suffix, []);
    }

    private static Info Repeat(Info atom, int min, int max)
    {
        if (min == 1 && max == 1)
        {
            return atom;
        }

        if (min == 0)
        {
            return max == 1 && atom.Exact is not null ? Info.Of([.. atom.Exact, string.Empty]) : Info.Unknown;
        }

        // A repeated space is one space as the prefilter reads text.
        if (atom.Exact is { } exact && exact.All(s => s.Length > 0 && s.All(char.IsWhiteSpace)))
        {
            return Info.Of([" "]);
        }

        var clauses = new List<HashSet<string>>(atom.Clauses);
        if (atom.Exact is not null)
        {
            clauses.Add(atom.Exact);
        }

        return new Info(null, atom.Exact ?? atom.Prefix, atom.Exact ?? atom.Suffix, clauses);
    }

    /// <summary>One atom: a literal character, a group, or something that matches without a known literal.</summary>
    private static Info Atom(string p, ref int i)
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
                    return Info.Of(LiteralSets.Empty());
                }

                if (e == 'd')
                {
                    return Info.Of(new HashSet<string>(ClauseSelectivity.Digits, StringComparer.Ordinal));
                }

                if (e == 's')
                {
                    return Info.Of([" "]);
                }

                if (e is 'p' or 'P')
                {
                    i = p.IndexOf('}', i) + 1;
                    return i == 0 ? throw new FormatException() : Info.Unknown;
                }

                // Escapes that take more characters (\x41, \u0041, \cM, \k<name>, \1) are not read: give up.
                if (e is 'x' or 'u' or 'c' or 'k' || char.IsAsciiDigit(e))
                {
                    throw new FormatException();
                }

                return char.IsLetterOrDigit(e) ? Info.Unknown : Info.Of(LiteralSets.One(e));
            case '[':
                i = PatternSyntax.ClassEnd(p, i);
                return Info.Unknown;
            case '(':
                return Group(p, ref i);
            case '^' or '$':
                i++;
                return Info.Of(LiteralSets.Empty());
            case '.':
                i++;
                return Info.Unknown;
            default:
                i++;
                return Info.Of(LiteralSets.One(c));
        }
    }

    private static Info Group(string p, ref int i)
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

        var inner = Alternation(p, ref i);
        if (i >= p.Length || p[i] != ')')
        {
            throw new FormatException();
        }

        i++;

        // A look-around consumes nothing: as a string it is empty, whatever it tests.
        return lookaround ? Info.Of(LiteralSets.Empty()) : inner;
    }

    /// <summary>
    /// What is known of the strings an expression matches: all of them (exact, when few), or sets that every match
    /// starts with (prefix) or ends with (suffix), and clauses of which every match contains a member.
    /// </summary>
    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Prefix, HashSet<string>? Suffix, List<HashSet<string>> Clauses)
    {
        // Neither an Info nor its clause list is changed once made, so these are shared.
        private static readonly List<HashSet<string>> NoClauses = [];

        public static Info Unknown { get; } = new(null, null, null, NoClauses);

        public static Info Of(HashSet<string> exact) => new(exact, null, null, NoClauses);
    }
}
