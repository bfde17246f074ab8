namespace Clinic.Content.Lint.Accuracy;

/// <summary>One page of an annotated corpus: its kind (promo or reference) and its body (the file minus two header lines).</summary>
public sealed record AnnotatedPage(string File, string Kind, string Body)
{
    /// <summary>Reference pages carry no claims: every claim finding on one is a false alarm.</summary>
    public bool IsReference => Kind == "reference";
}
