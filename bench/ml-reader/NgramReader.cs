using Microsoft.ML;
using Microsoft.ML.Data;

namespace Clinic.Bench.MlReader;

/// <summary>
/// ML.NET bag of word 1-2-grams and character 3-grams (FeaturizeText defaults) into an L-BFGS logistic regression:
/// the cheapest reader, and the one a shipped linter could afford.
/// </summary>
internal sealed class NgramReader : ISentenceReader
{
    private readonly MLContext ml = new(seed: 1);
    private readonly TrainerOptions options;
    private PredictionEngine<Input, Output>? engine;

    public NgramReader(TrainerOptions options) => this.options = options;

    public string Name => "ngram";

    public void Train(IReadOnlyList<(string Text, bool IsClaim)> examples)
    {
        var weights = options.Weights(examples.Select(e => e.IsClaim).ToList());
        var data = ml.Data.LoadFromEnumerable(examples.Select((e, i) => new Input { Text = e.Text, Label = e.IsClaim, Weight = weights[i] }));
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", nameof(Input.Text)).Append(options.Trainer(ml));
        engine = ml.Model.CreatePredictionEngine<Input, Output>(pipeline.Fit(data));
    }

    public float[] Score(IReadOnlyList<string> sentences)
    {
        var trained = engine ?? throw new InvalidOperationException("Train the reader first.");
        return sentences.Select(s => trained.Predict(new Input { Text = s }).Probability).ToArray();
    }

    private sealed class Input
    {
        public string Text { get; set; } = "";

        public bool Label { get; set; }

        public float Weight { get; set; } = 1f;
    }

    private sealed class Output
    {
        public float Probability { get; set; }
    }
}
