using Microsoft.Playwright;

namespace Clinic.Web.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, driven by Playwright (never a downloaded browser build).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingReason = "Chromium not found at " + ExecutablePath + "; apt-get install -y chromium";

    public static bool IsAvailable => File.Exists(ExecutablePath);

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run",
        ],
    };
}
