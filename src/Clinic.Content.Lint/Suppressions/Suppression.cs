namespace Clinic.Content.Lint.Suppressions;

/// <summary>A reviewer's written exception: rules switched off for some lines of a file, and why.</summary>
/// <param name="File">The file the comment is in.</param>
/// <param name="Line">1-based line of the comment.</param>
/// <param name="Column">1-based column of the comment.</param>
/// <param name="RuleIds">The rules it switches off.</param>
/// <param name="Reason">The reviewer's reason (empty when missing, which is itself an error).</param>
/// <param name="FirstLine">First line it covers.</param>
/// <param name="LastLine">Last line it covers.</param>
/// <param name="Kind">disable-next-line or disable.</param>
public sealed record Suppression(
    string File,
    int Line,
    int Column,
    IReadOnlyList<string> RuleIds,
    string Reason,
    int FirstLine,
    int LastLine,
    string Kind)
{
    /// <summary>How many findings it hid; set once the file has been linted.</summary>
    public int Suppressed { get; set; }

    /// <summary>True when this suppression hides rule <paramref name="ruleId"/> on <paramref name="line"/>.</summary>
    public bool Covers(string ruleId, int line) =>
        line >= FirstLine && line <= LastLine && RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase);
}
