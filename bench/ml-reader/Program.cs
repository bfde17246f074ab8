using Clinic.Bench.MlReader;

// The learned second-reader experiment (issue 9, part 7); bench/ml-reader/run.sh drives it. Usage:
//   ml-reader cv SENTENCES.jsonl OUT_DIR          page-level cross-validation; OUT_DIR/<reader>-<scheme>.jsonl
//   ml-reader score SENTENCES.jsonl TEXTS.txt     train on the whole corpus, print a probability per line of TEXTS
//   ml-reader speed SENTENCES.jsonl ARTICLES [N]  time both readers on generated articles (MiniLM on N sentences)
//   ml-reader transfer SENTENCES.jsonl OUT_DIR TRAIN.tsv   train only on TRAIN.tsv ("label<TAB>sentence", the team's
//                                                 own sentences), score every corpus sentence (OUT_DIR as for cv)
// Options for every command: --l2 X (L2 regularisation, default 1) and --balanced (weigh the classes equally).
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--l2")).ToList();
if (positional.Count < 3)
{
    Console.Error.WriteLine("usage: ml-reader cv|score|speed SENTENCES.jsonl OUT_DIR|TEXTS.txt|ARTICLES [N] [--l2 X] [--balanced]");
    return 2;
}

var options = TrainerOptions.Parse(args);
var corpus = CorpusSentence.Load(positional[1]);
Console.Error.WriteLine($"logistic regression: {options.Describe()}");
using var miniLm = new MiniLmReader(options);
ISentenceReader[] readers = [new NgramReader(options), miniLm];
switch (positional[0])
{
    case "cv":
        Directory.CreateDirectory(positional[2]);
        foreach (var reader in readers)
        {
            foreach (var scheme in CrossValidation.Schemes)
            {
                var started = DateTime.UtcNow;
                CrossValidation.Run(corpus, reader, scheme, Path.Combine(positional[2], $"{reader.Name}-{scheme}.jsonl"));
                Console.Error.WriteLine($"{reader.Name}, {scheme}: {(DateTime.UtcNow - started).TotalSeconds:F1} s");
            }
        }

        return 0;
    case "transfer":
        Directory.CreateDirectory(positional[2]);
        var training = File.ReadLines(positional[3]).Select(l => l.Split('\t', 2)).Select(p => (p[1], p[0] == "1")).ToList();
        foreach (var reader in readers)
        {
            CrossValidation.Transfer(corpus, reader, training, positional[2]);
        }

        return 0;
    case "score":
        var texts = File.ReadAllLines(positional[2]);
        foreach (var reader in readers)
        {
            reader.Train(corpus.Select(s => (s.Text, s.IsClaim)).ToList());
            var probabilities = reader.Score(texts);
            for (var i = 0; i < texts.Length; i++)
            {
                Console.WriteLine($"{reader.Name}\t{probabilities[i]:F3}\t{texts[i]}");
            }
        }

        return 0;
    case "speed":
        var sample = positional.Count > 3 ? int.Parse(positional[3], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        SpeedRun.Run(corpus, positional[2], readers.OfType<NgramReader>().Single(), miniLm, sample);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{positional[0]}' (use cv, score or speed)");
        return 2;
}
