namespace Clinic.Content.Lint.Rules;

/// <summary>How a rule is applied.</summary>
public enum RuleKind
{
    /// <summary>The claim is never allowed.</summary>
    Banned,

    /// <summary>The claim is allowed only when the same sentence carries a citation that resolves.</summary>
    NeedsCitation,

    /// <summary>A claim is a combination of features (word lists) in one clause, with none of the features that make it compliant.</summary>
    Predicate,

    /// <summary>A cited sentence whose references do not support it (animal-only, case series only, retracted).</summary>
    Evidence,

    /// <summary>The learned second reader: a sentence no other rule flagged that the model reads as a claim (see <see cref="RuleSet.Reader"/>).</summary>
    Reader,

    /// <summary>Every page must contain text matching one of the patterns.</summary>
    Required,

    /// <summary>A check the engine runs on a page or the library (review dates, citations, readability).</summary>
    PageCheck,
}
