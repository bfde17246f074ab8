namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>A test that needs Chromium: skipped with the reason where it is missing, failed instead when CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Ci.SkipUnless(Chromium.IsAvailable, Chromium.MissingReason);
}
