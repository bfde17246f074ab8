namespace Clinic.Content.Lint.Accuracy;

/// <summary>One finding read back from `clinic-content lint --format json`, as an offset range in its page body.</summary>
public sealed record CorpusFinding(string File, string RuleId, string Category, int Start, int End)
{
    /// <summary>True for a finding about the whole page (a missing disclaimer) rather than one span.</summary>
    public bool IsPageLevel => Category == Rules.RuleCategories.MissingDisclaimer;

    /// <summary>True when this finding's span shares any character with [start, end).</summary>
    public bool Overlaps(int start, int end) => Start < end && start < End;
}
