namespace Clinic.Content.Lint.Findings;

/// <summary>
/// A file the linter could not check. It is reported as a finding of its own, so that no report, exit code or
/// publication step can mistake "not checked" for "nothing found".
/// </summary>
public static class LintFailure
{
    /// <summary>The finding's rule id; not a claim rule, so no rules file can switch it off.</summary>
    public const string RuleId = "CL000";

    /// <summary>The finding's category.</summary>
    public const string Category = "not-checked";

    /// <summary>The finding for <paramref name="file"/>, which failed with <paramref name="exception"/>.</summary>
    public static Finding For(string file, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new Finding(file, SourceRange.FileStart, RuleId, Category, FindingSeverity.Error,
            $"The claim linter could not check this file ({exception.GetType().Name}: {exception.Message}), so its claims are unchecked.",
            "Simplify the file where it is unusual (very deep nesting, very long lines or lists) and check it again; until it can be checked it is not published.",
            string.Empty);
    }

    /// <summary>True when <paramref name="finding"/> says a file could not be checked.</summary>
    public static bool Is(Finding finding) => finding?.RuleId == RuleId;
}
