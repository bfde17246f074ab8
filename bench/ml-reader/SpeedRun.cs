using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Clinic.Bench.MlReader;

/// <summary>
/// Times the readers on the sentences of generated articles (bench/generate_articles.py): the cost a second reader
/// would add to `clinic-content lint`. MiniLM is timed on a sample and projected, to keep the shared machine free.
/// </summary>
internal static partial class SpeedRun
{
    public static void Run(IReadOnlyList<CorpusSentence> corpus, string articles, NgramReader ngram, MiniLmReader miniLm, int miniLmSample)
    {
        var examples = corpus.Select(s => (s.Text, s.IsClaim)).ToList();
        var files = Directory.GetFiles(articles, "*.md", SearchOption.AllDirectories);

        var clock = Stopwatch.StartNew();
        var sentences = files.SelectMany(f => Sentences(StripFrontMatter(File.ReadAllText(f)))).ToList();
        var split = clock.Elapsed;
        Console.WriteLine($"{files.Length} articles, {sentences.Count} sentences; read and split in {split.TotalSeconds:F2} s");

        clock.Restart();
        ngram.Train(examples);
        var trainNgram = clock.Elapsed;
        clock.Restart();
        var flagged = ngram.Score(sentences).Count(p => p >= 0.5f);
        var scoreNgram = clock.Elapsed;
        Console.WriteLine($"ngram:  train {trainNgram.TotalSeconds:F2} s; score all {sentences.Count} sentences {scoreNgram.TotalSeconds:F2} s " +
                          $"({sentences.Count / scoreNgram.TotalSeconds:F0}/s); {flagged} flagged at p >= 0.5");

        clock.Restart();
        miniLm.Train(examples);
        var trainMiniLm = clock.Elapsed;
        var sample = sentences.Take(miniLmSample).ToList();
        clock.Restart();
        miniLm.EmbedUncached(sample);
        var embed = clock.Elapsed;
        var perSecond = sample.Count / embed.TotalSeconds;
        Console.WriteLine($"minilm: train {trainMiniLm.TotalSeconds:F2} s (embeds the {corpus.Count} corpus sentences); " +
                          $"embed {sample.Count} sentences {embed.TotalSeconds:F2} s ({perSecond:F0}/s, 1 thread); " +
                          $"all {sentences.Count} projected {sentences.Count / perSecond:F1} s");
    }

    private static string StripFrontMatter(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 4)..];
    }

    /// <summary>The corpus scorer's sentence boundary: whitespace after . ! ? (and closing marks), or newlines.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        Boundary().Split(text).Where(s => s.Any(char.IsLetter));

    [GeneratedRegex("(?<=[.!?])[\"'”’)\\]]*[ \\t]+|\\n+")]
    private static partial Regex Boundary();
}
