namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>A data-driven test that needs Chromium: skipped with the reason where it is missing, failed when CI=true.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Ci.SkipUnless(Chromium.IsAvailable, Chromium.MissingReason);
}
