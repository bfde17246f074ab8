using System.Collections.Frozen;

namespace Clinic.Content.Lint.Text;

/// <summary>Splits segment text into sentences, knowing the abbreviations, initials and decimals that end in a full stop.</summary>
public static class SentenceSplitter
{
    // Lower-cased, without their final full stop. "etc" is left out on purpose: it usually ends a sentence.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "e.g", "i.e", "al", "dr", "mr", "mrs", "ms", "prof", "vs", "v", "approx", "fig", "figs", "no", "nos", "st", "inc", "ltd",
        "jr", "sr", "u.s", "u.k", "u.s.a", "e.u", "ph.d", "m.d", "d.o", "n.p", "p.a", "ca", "cf", "vol", "pp", "p", "ed", "eds",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "mg", "ml", "hr", "hrs",
        "dept", "univ", "assn", "est", "resp", "ref", "refs", "ch", "sec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Abbreviations of "number", which stand only before a figure.
    private static readonly FrozenSet<string> NumberAbbreviations = new[] { "no", "nos" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="segment"/>, trimmed; a citation after a full stop belongs to the sentence before it.</summary>
    public static IReadOnlyList<Sentence> Split(TextSegment segment, Func<string, bool>? looseCitation = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var text = segment.Text;
        var bounds = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsItemSeparator(text, i))
            {
                // "Our sources · Our reviewers · All topics": a run of links or labels, each its own unit, not one sentence.
                bounds.Add((start, i));
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']')
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            if (c == '.' && !EndsSentence(text, i, end))
            {
                continue;
            }

            bounds.Add((start, end));
            start = end;
            i = end - 1;
        }

        bounds.Add((start, text.Length));
        return Build(segment, bounds, looseCitation);
    }

    /// <summary>A middle dot, bullet or bar standing alone between spaces, as in a footer's or a menu's row of links.</summary>
    private static bool IsItemSeparator(string text, int i) =>
        text[i] is '·' or '•' or '|' && i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]);

    private static bool EndsSentence(string text, int dot, int after)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '[' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return true;
        }

        var next = after;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // "No." abbreviates "number" only before a number ("No. 5"); before a word it is the answer "No." to a question
        // ("Is it addictive? No. It is..."), which ends its sentence.
        if (NumberAbbreviations.Contains(word) && next < text.Length && char.IsUpper(text[next]))
        {
            return true;
        }

        // A single capital is an initial ("R. Duman"); a known abbreviation never ends a sentence here.
        if ((word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word))
        {
            return false;
        }

        // The next word starting in lower case means the sentence goes on ("approx. three weeks").

        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static List<Sentence> Build(TextSegment segment, List<(int Start, int End)> bounds, Func<string, bool>? looseCitation)
    {
        var text = segment.Text;
        var trimmed = new List<(int Start, int End)>();
        foreach (var (s, e) in bounds)
        {
            var a = s;
            var b = e;
            while (a < b && char.IsWhiteSpace(text[a]))
            {
                a++;
            }

            while (b > a && char.IsWhiteSpace(text[b - 1]))
            {
                b--;
            }

            if (b > a)
            {
                trimmed.Add((a, b));
            }
        }

        var sentences = new List<Sentence>(trimmed.Count);
        for (var n = 0; n < trimmed.Count; n++)
        {
            var (a, b) = trimmed[n];
            var nextStart = n + 1 < trimmed.Count ? trimmed[n + 1].Start : int.MaxValue;

            // A citation written just after the full stop ("... in rats. [@li2010]") still supports this sentence.
            var marks = segment.Citations.Where(m => m.Index >= a && m.Index < Math.Max(b + 1, nextStart)).ToList();
            var cited = segment.CitedThroughout || marks.Exists(m => m.Resolves)
                || (looseCitation is not null && (looseCitation(text[a..b]) || StartsWithCitation(text, trimmed, n + 1, looseCitation)));
            sentences.Add(new Sentence(segment, a, b, cited) { CitedKeys = marks.SelectMany(m => m.Keys ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList() });
        }

        return sentences;
    }

    /// <summary>True when the next "sentence" opens with a citation such as "(Berman et al., 2000)" written after the full stop.</summary>
    private static bool StartsWithCitation(string text, List<(int Start, int End)> sentences, int next, Func<string, bool> looseCitation)
    {
        if (next >= sentences.Count)
        {
            return false;
        }

        var (a, b) = sentences[next];
        return text[a] is '(' or '[' && looseCitation(text[a..Math.Min(b, a + 120)]);
    }
}
