using Clinic.Content.Lint.Features;

namespace Clinic.Content.Lint.Rules;

/// <summary>The rules the linter applies, in file order, with lookups by id and by page check.</summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, ClaimRule> byId;
    private readonly Dictionary<string, ClaimRule> byCheck;

    /// <summary>A rule set read from <paramref name="source"/>.</summary>
    public RuleSet(string source, IReadOnlyList<ClaimRule> rules, FeatureLexicon? features = null, Reader.ClaimReaderModel? reader = null)
    {
        Reader = reader;
        Features = features ?? FeatureLexicon.Empty;
        Source = source;
        Rules = rules;
        byId = rules.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        byCheck = rules.Where(r => r.Check is not null).ToDictionary(r => r.Check!, StringComparer.Ordinal);
        ClaimRules = rules.Where(r => r.Kind is RuleKind.Banned or RuleKind.NeedsCitation).ToList();
        PredicateRules = rules.Where(r => r.Kind is RuleKind.Predicate or RuleKind.Evidence).ToList();
        RequiredRules = rules.Where(r => r.Kind is RuleKind.Required).ToList();
        ReaderRules = rules.Where(r => r.Kind is RuleKind.Reader).ToList();
    }

    /// <summary>Where the rules came from (a path, or "built-in").</summary>
    public string Source { get; }

    /// <summary>Every rule, in the order the rules file lists them.</summary>
    public IReadOnlyList<ClaimRule> Rules { get; }

    /// <summary>The banned and needs-citation rules, judged sentence by sentence.</summary>
    public IReadOnlyList<ClaimRule> ClaimRules { get; }

    /// <summary>The predicate and evidence rules, judged sentence by sentence over <see cref="Features"/>.</summary>
    public IReadOnlyList<ClaimRule> PredicateRules { get; }

    /// <summary>The reviewers' word lists that predicate rules combine.</summary>
    public FeatureLexicon Features { get; }

    /// <summary>The learned-reader rules, judged last on each sentence no other rule flagged.</summary>
    public IReadOnlyList<ClaimRule> ReaderRules { get; }

    /// <summary>The learned second reader's model from the rules file's 'reader:' section; null when it has none.</summary>
    public Reader.ClaimReaderModel? Reader { get; }

    /// <summary>The required-content rules, judged page by page.</summary>
    public IReadOnlyList<ClaimRule> RequiredRules { get; }

    /// <summary>The rule with <paramref name="id"/>, or null if there is none.</summary>
    public ClaimRule? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The rule that configures a page check, or null when reviewers switched the check off.</summary>
    public ClaimRule? ForCheck(string check) => byCheck.GetValueOrDefault(check);
}
