using Clinic.Content.Lint.Findings;

namespace Clinic.Content.Lint.Suppressions;

/// <summary>A finding a reviewer's suppression comment hid, kept so reports can show what each exception covers.</summary>
public sealed record SuppressedFinding(Finding Finding, Suppression By);
