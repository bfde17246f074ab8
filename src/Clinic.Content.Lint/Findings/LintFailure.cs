using Clinic.Content.Lint.Text;

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

    private const int MaxQuoted = 80;

    /// <summary>The finding for <paramref name="file"/>, which failed with <paramref name="exception"/>.</summary>
    public static Finding For(string file, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new Finding(file, SourceRange.FileStart, RuleId, Category, FindingSeverity.Error,
            $"The claim linter could not check this file ({exception.GetType().Name}: {exception.Message}), so its claims are unchecked.",
            "Simplify the file where it is unusual (very deep nesting, very long lines or lists) and check it again; until it can be checked it is not published.",
            string.Empty);
    }

    /// <summary>
    /// The finding for a sentence that rule <paramref name="ruleId"/> could not judge because <paramref name="what"/>
    /// (one of its expressions) ran out of time twice: the sentence's claims under that rule are unchecked.
    /// </summary>
    public static Finding ForSentence(string file, Sentence sentence, string ruleId, string what)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        var shown = text.Length <= MaxQuoted ? text : text[..MaxQuoted] + "...";
        return new Finding(file, sentence.Segment.SpanOf(sentence.Start, sentence.End), RuleId, Category, FindingSeverity.Error,
            $"Rule {ruleId} could not check this sentence: {what} took longer than its time limit twice, so the sentence's claims under {ruleId} are unchecked.",
            $"Ask a reviewer to simplify {what} in rule {ruleId} of the rules file (nested repeats such as (a+)+ make matching slow), or split this sentence into shorter ones; until it is checked the page is not published.",
            shown);
    }

    /// <summary>True when <paramref name="finding"/> says a file could not be checked.</summary>
    public static bool Is(Finding finding) => finding?.RuleId == RuleId;
}
