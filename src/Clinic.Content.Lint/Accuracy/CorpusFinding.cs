namespace Clinic.Content.Lint.Accuracy;

/// <summary>One finding read back from `clinic-content lint --format json`, as an offset range in its page body.</summary>
public sealed record CorpusFinding(string File, string RuleId, string Category, int Start, int End)
{
    public bool IsPageLevel => Category == Rules.RuleCategories.MissingDisclaimer;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
