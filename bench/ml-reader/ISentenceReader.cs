namespace Clinic.Bench.MlReader;

/// <summary>A learned reader: trained on labelled sentences, it gives each new sentence a probability of being a claim.</summary>
internal interface ISentenceReader
{
    string Name { get; }

    void Train(IReadOnlyList<(string Text, bool IsClaim)> examples);

    float[] Score(IReadOnlyList<string> sentences);
}
