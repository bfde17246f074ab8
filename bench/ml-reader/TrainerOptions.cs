using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Clinic.Bench.MlReader;

/// <summary>
/// The logistic regression both readers end in. ML.NET's default L2 of 1 leaves every probability at the base
/// rate (about 0.1) on 527 sentences, so the regularisation and class weighting are options of the experiment.
/// </summary>
internal sealed record TrainerOptions(float L2, bool Balanced)
{
    public static readonly TrainerOptions Default = new(1f, false);

    /// <summary>Reads "--l2 X" and "--balanced" from the command line.</summary>
    public static TrainerOptions Parse(IReadOnlyList<string> args)
    {
        var l2 = args.ToList().IndexOf("--l2");
        return new TrainerOptions(
            l2 >= 0 ? float.Parse(args[l2 + 1], CultureInfo.InvariantCulture) : Default.L2,
            args.Contains("--balanced"));
    }

    public LbfgsLogisticRegressionBinaryTrainer Trainer(MLContext ml) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = L2,
            L1Regularization = 0,
            ExampleWeightColumnName = Weight,
        });

    /// <summary>Per-example weights: with "balanced", claims and non-claims weigh the same in total.</summary>
    public float[] Weights(IReadOnlyList<bool> labels)
    {
        var claims = labels.Count(l => l);
        var positive = Balanced && claims > 0 ? (labels.Count - claims) / (float)claims : 1f;
        return labels.Select(l => l ? positive : 1f).ToArray();
    }

    public string Describe() => $"L2 {L2.ToString(CultureInfo.InvariantCulture)}{(Balanced ? ", balanced classes" : "")}";

    /// <summary>The name of the weight column both readers' training rows carry.</summary>
    public const string Weight = "Weight";
}
