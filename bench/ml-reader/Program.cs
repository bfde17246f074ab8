using Clinic.Bench.MlReader;

// The learned second-reader experiment (issue 9, part 7); bench/ml-reader/run.sh drives it. Usage:
//   ml-reader cv SENTENCES.jsonl OUT_DIR [TRAIN.tsv]   page-level cross-validation; OUT_DIR/<reader>-<scheme>.jsonl
//                                                 (each fold also learns from the team's own sentences, when given)
//   ml-reader score SENTENCES.jsonl TEXTS.txt [TRAIN.tsv]   train on the whole corpus (and the team's own sentences,
//                                                 when given), print a probability per line of TEXTS
//   ml-reader speed SENTENCES.jsonl ARTICLES [N]  time both readers on generated articles (MiniLM on N sentences)
//   ml-reader transfer SENTENCES.jsonl OUT_DIR TRAIN.tsv   train only on TRAIN.tsv ("label<TAB>sentence", the team's
//                                                 own sentences), score every corpus sentence (OUT_DIR as for cv)
//   ml-reader export SENTENCES.jsonl TRAIN.tsv RULES.yaml   train the shipped "words" reader on the corpus and the
//                                                 team's sentences; rewrite RULES.yaml's closing 'reader:' section
//   ml-reader folds SENTENCES.jsonl TRAIN.tsv RULES.yaml OUT_DIR   the same, once per corpus page without that page:
//                                                 OUT_DIR/<page>.yaml, for linting each page with a reader that never saw it
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
    case "export":
    {
        var team = ReadTraining(positional[2]);
        var words = new WordsReader(options, team.ConvertAll(o => o.Text));
        words.Train([.. corpus.Select(s => (s.Text, s.IsClaim)), .. team]);
        File.WriteAllText(positional[3], WithReader(File.ReadAllText(positional[3]), words));
        Console.Error.WriteLine($"{positional[3]}: reader with {words.Model!.Count} weighted words and pairs, bias {words.Model.Bias:F3}");
        return 0;
    }

    case "folds":
    {
        var team = ReadTraining(positional[2]);
        var rulesText = File.ReadAllText(positional[3]);
        Directory.CreateDirectory(positional[4]);
        foreach (var page in corpus.Select(s => s.File).Distinct())
        {
            var words = new WordsReader(options, team.ConvertAll(o => o.Text));
            words.Train([.. corpus.Where(s => s.File != page).Select(s => (s.Text, s.IsClaim)), .. team]);
            File.WriteAllText(Path.Combine(positional[4], Path.ChangeExtension(page, ".yaml")), WithReader(rulesText, words));
        }

        return 0;
    }

    case "cv":
        Directory.CreateDirectory(positional[2]);
        var ownSentences = positional.Count > 3 ? ReadTraining(positional[3]) : [];
        foreach (var reader in readers)
        {
            foreach (var scheme in CrossValidation.Schemes)
            {
                var started = DateTime.UtcNow;
                CrossValidation.Run(corpus, reader, scheme, Path.Combine(positional[2], $"{reader.Name}-{scheme}.jsonl"), ownSentences);
                Console.Error.WriteLine($"{reader.Name}, {scheme}: {(DateTime.UtcNow - started).TotalSeconds:F1} s");
            }
        }

        return 0;
    case "transfer":
        Directory.CreateDirectory(positional[2]);
        var training = ReadTraining(positional[3]);
        foreach (var reader in readers)
        {
            CrossValidation.Transfer(corpus, reader, training, positional[2]);
        }

        return 0;
    case "score":
        var texts = File.ReadAllLines(positional[2]);
        var own = positional.Count > 3 ? ReadTraining(positional[3]) : [];
        foreach (var reader in readers)
        {
            reader.Train([.. corpus.Select(s => (s.Text, s.IsClaim)), .. own]);
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

// The reader section closes the rules file, so everything from its first line on is replaced.
static string WithReader(string rulesText, WordsReader words)
{
    var at = rulesText.IndexOf("\nreader:\n", StringComparison.Ordinal);
    var head = at < 0 ? rulesText.TrimEnd() + "\n" : rulesText[..(at + 1)];
    return head + words.ToYaml("The learned second reader's weights (rule CL900). Written by `bash bench/ml-reader/run.sh ../shared/lint-corpus export`; do not edit by hand.");
}

static List<(string Text, bool IsClaim)> ReadTraining(string path) =>
    File.ReadLines(path).Select(l => l.Split('\t', 2)).Select(p => (p[1], p[0] == "1")).ToList();
