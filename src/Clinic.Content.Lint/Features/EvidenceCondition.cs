using Clinic.Content.References;

namespace Clinic.Content.Lint.Features;

/// <summary>
/// What an evidence rule checks about the references a sentence cites: every one is of <see cref="Population"/>
/// (e.g. animals), or every one is of one of <see cref="Kinds"/> (e.g. case series), or any one is retracted, or any
/// one is of <see cref="AnyPopulation"/>.
/// </summary>
public sealed record EvidenceCondition(string? Population, IReadOnlyList<string> Kinds, bool Retracted, string? AnyPopulation = null)
{
    /// <summary>True when the cited references meet the condition (so the rule fires).</summary>
    public bool Holds(IReadOnlyList<Reference> cited)
    {
        ArgumentNullException.ThrowIfNull(cited);
        if (cited.Count == 0)
        {
            return false;
        }

        if (Retracted)
        {
            return cited.Any(r => r.Retracted);
        }

        if (AnyPopulation is not null)
        {
            return cited.Any(r => r.Population?.StartsWith(AnyPopulation, StringComparison.OrdinalIgnoreCase) == true);
        }

        return (Population is null || cited.All(r => r.Population?.StartsWith(Population, StringComparison.OrdinalIgnoreCase) == true))
            && (Kinds.Count == 0 || cited.All(r => Kinds.Contains(r.Kind, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>How a finding describes the evidence, e.g. "cited only to population 'animals'".</summary>
    public string Describe() => Retracted
        ? "cites a retracted paper"
        : AnyPopulation is not null
            ? $"cites a study of {AnyPopulation}"
        : Population is not null
            ? $"cited only to studies of {Population}"
            : $"cited only to {string.Join(" or ", Kinds)} evidence";
}
