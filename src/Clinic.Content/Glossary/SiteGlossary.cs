using System.Text.RegularExpressions;

namespace Clinic.Content.Glossary;

/// <summary>The site's glossary (content/glossary.yaml), with one matcher that finds its terms in running text.</summary>
public sealed class SiteGlossary
{
    private readonly Dictionary<string, GlossaryTerm> byForm;

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
        // Compiled: every text run of every page goes through it, and interpreted it was two thirds of reading an
        // article; compiling costs a few milliseconds once per glossary text (kept while the glossary is unchanged).
        var forms = byForm.Keys.OrderByDescending(f => f.Length).Select(Pattern).ToList();
        Matcher = forms.Count == 0 ? null : Compiled(@"(?<![\w-])(?:" + string.Join('|', forms) + @")(?![\w-])");
    }

    /// <summary>An empty glossary, for content folders without one.</summary>
    public static SiteGlossary Empty { get; } = new([]);

    /// <summary>Every term, in alphabetical order.</summary>
    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>Full path of glossary.yaml, when the glossary was read from one.</summary>
    public string? SourcePath { get; }

    /// <summary>Finds glossary terms in text; null when the glossary is empty.</summary>
    public Regex? Matcher { get; }

    /// <summary>The term written as <paramref name="form"/> (any of its forms, any case).</summary>
    public GlossaryTerm? Find(string form) => byForm.GetValueOrDefault(form);

    /// <summary>The last matcher compiled: a reload with an unchanged glossary reuses it instead of compiling it again.</summary>
    private static Regex? lastMatcher;

    private static Regex Compiled(string pattern)
    {
        if (Volatile.Read(ref lastMatcher) is { } last && last.ToString() == pattern)
        {
            return last;
        }

        var matcher = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        Volatile.Write(ref lastMatcher, matcher);
        return matcher;
    }

    private static string Pattern(string form)
    {
        var escaped = Regex.Escape(form).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        return form.Any(char.IsLower) && !form.Skip(1).Any(char.IsUpper) ? "(?i:" + escaped + ")" : escaped;
    }
}
