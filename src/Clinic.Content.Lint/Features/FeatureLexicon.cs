namespace Clinic.Content.Lint.Features;

/// <summary>The reviewers' word lists, by name.</summary>
public sealed class FeatureLexicon
{
    private readonly Dictionary<string, Feature> byName;

    public FeatureLexicon(IReadOnlyList<Feature> features)
    {
        All = features ?? throw new ArgumentNullException(nameof(features));
        byName = features.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public static FeatureLexicon Empty { get; } = new([]);

    public IReadOnlyList<Feature> All { get; }

    public Feature? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>True when the feature's words occur anywhere in <paramref name="text"/> (used for page-level features).</summary>
    public bool Occurs(string name, string text) => Find(name) is { } feature && feature.Pattern.IsMatch(text);
}
