namespace Clinic.Content.Lint.Findings;

/// <summary>One problem the linter found: where it is, which rule it breaks, and how to fix it.</summary>
/// <param name="File">The file as the user named it (relative to the working folder when inside it).</param>
/// <param name="Span">Where in the file.</param>
/// <param name="RuleId">The rule broken, e.g. CL001, or a content-model code such as CC001 (<see cref="ContentProblem"/>).</param>
/// <param name="Category">The rule's category, e.g. cure-or-guarantee.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">A compliant rewording or the step that fixes it.</param>
/// <param name="Text">The offending text (empty for whole-page findings).</param>
public sealed record Finding(
    string File,
    SourceRange Span,
    string RuleId,
    string Category,
    FindingSeverity Severity,
    string Message,
    string Fix,
    string Text)
{
    private readonly FindingKind? kind;
    private readonly string? helpAnchor;

    /// <summary>What kind of problem this is: from the category, unless the finding's maker says (content-model problems).</summary>
    public FindingKind Kind
    {
        get => kind ?? FindingKinds.Of(Category);
        init => kind = value;
    }

    /// <summary>The heading of docs/claim-rules.md that explains this finding: the rule's own, unless the maker says.</summary>
    public string HelpAnchor
    {
        get => helpAnchor ?? AnchorOf(RuleId);
        init => helpAnchor = value;
    }

    /// <summary>A rule's heading anchor in docs/claim-rules.md, as GitHub makes it: "## CL012" becomes cl012.</summary>
    public static string AnchorOf(string ruleId) => ruleId?.ToLowerInvariant() ?? string.Empty;
}
