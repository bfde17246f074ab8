using System.Globalization;
using Clinic.Content.Lint.Reader;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Clinic.Bench.MlReader;

/// <summary>
/// The reader the linter ships (rule CL900): the linter's own <see cref="ReaderWords"/> into an L-BFGS logistic
/// regression. Its vocabulary is only words and word pairs from sentences the team wrote (two or more of them), so
/// the weights it exports into claim-rules.yaml hold no corpus text; corpus sentences only move those weights.
/// </summary>
internal sealed class WordsReader(TrainerOptions options, IReadOnlyList<string> vocabularySource) : ISentenceReader
{
    private const int MinimumSentences = 2;
    private readonly MLContext ml = new(seed: 1);
    private Dictionary<string, int> vocabulary = [];

    public string Name => "words";

    /// <summary>The trained model, as the linter reads it.</summary>
    public ClaimReaderModel? Model { get; private set; }

    public void Train(IReadOnlyList<(string Text, bool IsClaim)> examples)
    {
        vocabulary = vocabularySource.SelectMany(s => ReaderWords.Of(s).Distinct())
            .GroupBy(g => g, StringComparer.Ordinal).Where(g => g.Count() >= MinimumSentences)
            .Select(g => g.Key).Order(StringComparer.Ordinal).Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var weights = options.Weights(examples.Select(e => e.IsClaim).ToList());
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Count);
        var rows = examples.Select((e, i) => new Row { Label = e.IsClaim, Features = Vector(e.Text), Weight = weights[i] });
        var trained = options.Trainer(ml).Fit(ml.Data.LoadFromEnumerable(rows, schema));
        var linear = trained.Model.SubModel;
        var values = linear.Weights.ToArray();
        Model = new ClaimReaderModel(linear.Bias, vocabulary.Where(v => values[v.Value] != 0)
            .ToDictionary(v => v.Key, v => (float)Math.Round(values[v.Value], 4), StringComparer.Ordinal));
    }

    public float[] Score(IReadOnlyList<string> sentences)
    {
        var model = Model ?? throw new InvalidOperationException("Train the reader first.");
        return sentences.Select(s => (float)model.Read(s).Probability).ToArray();
    }

    /// <summary>The model as the rules file's 'reader:' section.</summary>
    public string ToYaml(string about)
    {
        var model = Model ?? throw new InvalidOperationException("Train the reader first.");
        var yaml = new System.Text.StringBuilder();
        yaml.Append("reader:\n  about: ").Append(about).Append('\n');
        yaml.Append("  bias: ").Append(model.Bias.ToString("0.####", CultureInfo.InvariantCulture)).Append("\n  weights:\n");
        foreach (var (gram, weight) in model.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            yaml.Append("    \"").Append(gram.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal))
                .Append("\": ").Append(weight.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
        }

        return yaml.ToString();
    }

    // Each occurrence weighs 1/sqrt(n) for n words and pairs in the sentence, exactly as ClaimReaderModel.Read sums them.
    private VBuffer<float> Vector(string text)
    {
        var grams = ReaderWords.Of(text);
        var counts = new SortedDictionary<int, float>();
        var each = grams.Count == 0 ? 0f : (float)(1 / Math.Sqrt(grams.Count));
        foreach (var gram in grams)
        {
            if (vocabulary.TryGetValue(gram, out var index))
            {
                counts[index] = counts.GetValueOrDefault(index) + each;
            }
        }

        return new VBuffer<float>(vocabulary.Count, counts.Count, [.. counts.Values], [.. counts.Keys]);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; } = 1f;
    }
}
