using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Clinic.Web.Search;

/// <summary>
/// The query side of <see cref="EnglishAnalyzer"/>: the same tokens and stems, plus the glossary's other names
/// for each term, so "Spravato" also looks for "esketamine".
/// </summary>
internal sealed class SynonymAnalyzer(SynonymMap synonyms) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A synonym map in which every form of a group stands for every other.</summary>
    public static SynonymMap Build(IEnumerable<IReadOnlyCollection<string>> groups)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in groups)
        {
            // One-word forms only: a query parsed into OR-ed words would turn "S-ketamine" into "s" OR "ketamine",
            // and every page would match a search for Spravato.
            var forms = group.Select(Words).Where(w => w.Length == 1).ToList();
            foreach (var from in forms)
            {
                foreach (var to in forms.Where(f => !f.SequenceEqual(from)))
                {
                    builder.Add(SynonymMap.Builder.Join(from, new CharsRef()), SynonymMap.Builder.Join(to, new CharsRef()), includeOrig: true);
                }
            }
        }

        return builder.Build();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Mirrors EnglishAnalyzer's chain, with the synonyms added after lower-casing and before stemming.
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new EnglishPossessiveFilter(Version, result);
        result = new LowerCaseFilter(Version, result);
        if (synonyms.Fst is not null)
        {
            result = new SynonymFilter(result, synonyms, ignoreCase: true);
        }

        result = new StopFilter(Version, result, EnglishAnalyzer.DefaultStopSet);
        result = new SetKeywordMarkerFilter(result, CharArraySet.Empty);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /// <summary>A form as the tokenizer splits it: "S-ketamine" is "s" "ketamine".</summary>
    private static string[] Words(string form)
    {
        using var analyzer = new SimpleWords();
        using var stream = analyzer.GetTokenStream("f", form);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var words = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return [.. words];
    }

    private sealed class SimpleWords : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
        }
    }
}
