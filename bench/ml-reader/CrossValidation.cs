using System.Text.Json;

namespace Clinic.Bench.MlReader;

/// <summary>
/// Page-level cross-validation: every sentence is scored by a reader trained without any sentence of its page.
/// "pages" leaves one page out at a time; "halves" trains on the odd pages to score the even ones and the other
/// way round, the same halves bench/lint-accuracy.sh reports for the linter.
/// </summary>
internal static class CrossValidation
{
    public static readonly string[] Schemes = ["pages", "halves"];

    private static readonly int[] Parities = [1, 0];

    /// <summary>
    /// Transfer: the reader learns only from sentences the team wrote (the probe batches and the site's own pages)
    /// and scores every corpus page, so all of the corpus is held out, as the unseen pages that judge issue 9 are.
    /// </summary>
    public static void Transfer(IReadOnlyList<CorpusSentence> corpus, ISentenceReader reader, IReadOnlyList<(string Text, bool IsClaim)> training, string outDir)
    {
        reader.Train(training);
        var probabilities = reader.Score(corpus.Select(s => s.Text).ToList());
        // Every page is held out, so both of score_reader.py's views (all pages, and each half) read the same scores.
        foreach (var scheme in Schemes)
        {
            using var output = new StreamWriter(Path.Combine(outDir, $"{reader.Name}-{scheme}.jsonl"));
            foreach (var parity in Parities)
            {
                var half = corpus.Select((s, i) => (s, i)).Where(t => t.s.PageNumber % 2 == parity).ToList();
                Write(output, half.ConvertAll(t => t.s), half.Select(t => probabilities[t.i]).ToArray(), parity == 1 ? "odd" : "even");
            }
        }
    }

    public static void Run(IReadOnlyList<CorpusSentence> corpus, ISentenceReader reader, string scheme, string outPath,
        IReadOnlyList<(string Text, bool IsClaim)> own)
    {
        var folds = scheme switch
        {
            "pages" => corpus.GroupBy(s => s.File).Select(g => (Name: g.Key, HeldOut: (Func<CorpusSentence, bool>)(s => s.File == g.Key))),
            "halves" => Parities.Select(p => (Name: p == 1 ? "odd" : "even", HeldOut: (Func<CorpusSentence, bool>)(s => s.PageNumber % 2 == p))),
            _ => throw new ArgumentException($"unknown scheme '{scheme}' (use {string.Join(" or ", Schemes)})"),
        };
        using var output = new StreamWriter(outPath);
        foreach (var (name, heldOut) in folds)
        {
            reader.Train([.. corpus.Where(s => !heldOut(s)).Select(s => (s.Text, s.IsClaim)), .. own]);
            var test = corpus.Where(heldOut).ToList();
            Write(output, test, reader.Score(test.Select(s => s.Text).ToList()), name);
        }
    }

    private static void Write(StreamWriter output, List<CorpusSentence> test, float[] probabilities, string fold)
    {
        for (var i = 0; i < test.Count; i++)
        {
            var s = test[i];
            output.WriteLine(JsonSerializer.Serialize(new
            {
                file = s.File, line = s.Line, column = s.Column, endLine = s.EndLine, endColumn = s.EndColumn,
                fold, probability = probabilities[i],
            }));
        }
    }
}
