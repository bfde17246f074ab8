using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Clinic.Web.Search;

/// <summary>
/// A Lucene index of one content snapshot, held in memory. English stemming on both sides ("treatments" finds
/// "treatment"); the glossary's other names as query-time synonyms; Lucene's own ranking and highlighter.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Longer queries are cut here: nobody types more, and it keeps every query small.</summary>
    public const int MaxQueryLength = 200;

    // A title match says more than a passing mention in the body.
    private static readonly (string Field, float Boost)[] Fields = [("title", 4f), ("summary", 2f), ("body", 1f)];

    private readonly RAMDirectory directory = new();
    private readonly List<SearchDocument> documents = [];
    private readonly Analyzer indexAnalyzer = new EnglishAnalyzer(SynonymAnalyzer.Version);
    private readonly Analyzer queryAnalyzer;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    /// <summary>An index of <paramref name="documents"/> that also finds each word's <paramref name="synonyms"/>.</summary>
    public SearchIndex(IEnumerable<SearchDocument> documents, IEnumerable<IReadOnlyCollection<string>> synonyms)
    {
        ArgumentNullException.ThrowIfNull(documents);
        queryAnalyzer = new SynonymAnalyzer(SynonymAnalyzer.Build(synonyms));
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SynonymAnalyzer.Version, indexAnalyzer)))
        {
            // Only each document's number is stored: its title and words are the snapshot's, read again for the hits shown.
            foreach (var d in documents)
            {
                writer.AddDocument(new Document
                {
                    new StoredField("n", this.documents.Count),
                    new TextField("title", d.Title, Field.Store.NO),
                    new TextField("summary", d.Summary, Field.Store.NO),
                    new TextField("body", d.Body(), Field.Store.NO),
                });
                this.documents.Add(d);
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    /// <summary>The best <paramref name="count"/> matches for what a reader typed, with highlighted snippets.</summary>
    public SearchResults Search(string? text, int count = 20)
    {
        var query = Parse(text);
        if (query is null)
        {
            return SearchResults.None;
        }

        var top = searcher.Search(query, count);
        var hits = top.ScoreDocs.Select(hit =>
        {
            var d = documents[searcher.Doc(hit.Doc).GetField("n").GetInt32Value()!.Value];
            return new SearchHit(d.Path, d.Kind, d.Title, Snippet(query, d.Body()) ?? Snippet(query, d.Summary) ?? Encode(d.Summary));
        }).ToList();
        return new SearchResults(hits, top.TotalHits);
    }

    /// <summary>Releases the index.</summary>
    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        indexAnalyzer.Dispose();
        queryAnalyzer.Dispose();
    }

    private BooleanQuery? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length > MaxQueryLength)
        {
            trimmed = trimmed[..MaxQueryLength];
        }

        var builder = new QueryBuilder(queryAnalyzer);
        var query = new BooleanQuery();
        foreach (var (field, boost) in Fields)
        {
            if (builder.CreateBooleanQuery(field, trimmed, Occur.SHOULD) is { } part)
            {
                part.Boost = boost;
                query.Add(part, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private string? Snippet(Query query, string text)
    {
        var scorer = new QueryScorer(query);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, 180),
        };
        var fragments = highlighter.GetBestFragments(indexAnalyzer.GetTokenStream("body", text), text, 2);
        return fragments.Length == 0 ? null : string.Join(" … ", fragments.Select(f => f.Trim()));
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
