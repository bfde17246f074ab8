using Clinic.Web.BrowserTests.Infrastructure;

namespace Clinic.Web.BrowserTests.Validation;

/// <summary>A test that needs Java and vnu.jar: skipped with the reason where either is missing, failed when CI=true.</summary>
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public HtmlCheckerFactAttribute() => Skip = Ci.SkipUnless(NuHtmlChecker.IsAvailable, NuHtmlChecker.MissingReason);
}
