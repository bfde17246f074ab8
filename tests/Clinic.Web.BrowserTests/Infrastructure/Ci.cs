namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>Whether this run is CI, where a missing tool is a failure rather than a reason to skip.</summary>
public static class Ci
{
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason to show, or null to run (and fail with the reason) when the tool is missing in CI.</summary>
    public static string? SkipUnless(bool available, string reason) => available || IsCi ? null : reason;
}
