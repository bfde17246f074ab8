using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Clinic.Content.Glossary;

/// <summary>The site's glossary (content/glossary.yaml), with one matcher that finds its terms in running text.</summary>
public sealed class SiteGlossary
{
    private readonly Dictionary<string, GlossaryTerm> byForm;
    private readonly SearchValues<string>? candidates;

    /// <summary>A glossary of <paramref name="terms"/>, read from <paramref name="sourcePath"/> when given.</summary>
    public SiteGlossary(IReadOnlyList<GlossaryTerm> terms, string? sourcePath = null)
    {
        Terms = terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList();
        SourcePath = sourcePath;
        byForm = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in Terms)
        {
            foreach (var form in term.Forms)
            {
                byForm.TryAdd(form, term);
            }
        }

        // Longest forms first, so "NMDA receptors" wins over "NMDA". Forms written in capitals (NMDA, BDNF)
        // match only in capitals: "mTOR" is a term, but a lower-case word that happens to match is not.
        var forms = byForm.Keys.OrderByDescending(f => f.Length).Select(Pattern).ToList();
        Matcher = forms.Count == 0 ? null : Reused(@"(?<![\w-])(?:" + string.Join('|', forms) + @")(?![\w-])");

        // Every form's first word, found in any case (a match contains it): the text runs without one, most of a page,
        // never reach the matcher, which was two thirds of the cost of reading an article.
        var firstWords = byForm.Keys.Select(f => f.Split(' ')[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        candidates = firstWords.Length == 0 || firstWords.Any(w => w.Length == 0) ? null : SearchValues.Create(firstWords, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An empty glossary, for content folders without one.</summary>
    public static SiteGlossary Empty { get; } = new([]);

    /// <summary>Every term, in alphabetical order.</summary>
    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>Full path of glossary.yaml, when the glossary was read from one.</summary>
    public string? SourcePath { get; }

    /// <summary>Finds glossary terms in text; null when the glossary is empty.</summary>
    public Regex? Matcher { get; }

    /// <summary>
    /// False when <see cref="Matcher"/> cannot match anything in <paramref name="text"/>: it holds none of the forms'
    /// first words in any letter case. Text with other than ASCII characters is always given to the matcher, whose
    /// case rules go beyond ASCII's.
    /// </summary>
    public bool MayContainTerm(ReadOnlySpan<char> text) =>
        Matcher is not null && (candidates is null || !Ascii.IsValid(text) || text.IndexOfAny(candidates) >= 0);

    /// <summary>The term written as <paramref name="form"/> (any of its forms, any case).</summary>
    public GlossaryTerm? Find(string form) => byForm.GetValueOrDefault(form);

    /// <summary>The last matcher built: a reload with an unchanged glossary reuses it instead of parsing it again.</summary>
    private static Regex? lastMatcher;

    private static Regex Reused(string pattern)
    {
        if (Volatile.Read(ref lastMatcher) is { } last && last.ToString() == pattern)
        {
            return last;
        }

        // No time-out of its own: it runs inside each file's time budget (ContentLimits.FileTimeBudget), its literal
        // alternatives cannot backtrack catastrophically, and checking the clock on every match was a third of its cost.
        var matcher = new Regex(pattern, RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
        Volatile.Write(ref lastMatcher, matcher);
        return matcher;
    }

    private static string Pattern(string form)
    {
        var escaped = Regex.Escape(form).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        return form.Any(char.IsLower) && !form.Skip(1).Any(char.IsUpper) ? "(?i:" + escaped + ")" : escaped;
    }
}
