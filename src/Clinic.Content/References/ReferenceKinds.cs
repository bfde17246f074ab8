namespace Clinic.Content.References;

/// <summary>The kinds of study a reference may be (its <c>kind:</c>): the research page groups by them and the linter weighs evidence by them.</summary>
internal static class ReferenceKinds
{
    /// <summary>Every accepted kind, strongest evidence first, as docs/content-format.md lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "meta-analysis", "trial", "open-label study", "case series", "pharmacokinetic study", "review", "expert opinion", "animal study",
        "regulatory notice",
    ];
}
