namespace Clinic.Web.Security;

/// <summary>The Permissions-Policy header: every powerful feature a browser knows is switched off for this reading-only site.</summary>
internal static class PermissionsPolicy
{
    /// <summary>
    /// The policy-controlled features of Chromium 156 (document.featurePolicy.features()), the browser the tests drive,
    /// less those left at their default on purpose (<see cref="LeftAtDefault"/>). A browser warns about names it does not
    /// know, so names browsers dropped (document-domain, vr, interest-cohort) are not listed.
    /// </summary>
    public static IReadOnlyList<string> Disabled { get; } =
    [
        "accelerometer", "autoplay", "browsing-topics", "camera", "captured-surface-control", "clipboard-read", "clipboard-write",
        "compute-pressure", "deferred-fetch", "deferred-fetch-minimal", "digital-credentials-create", "digital-credentials-get",
        "display-capture", "encrypted-media", "fullscreen", "gamepad", "geolocation", "gyroscope", "hid", "identity-credentials-get",
        "idle-detection", "keyboard-map", "language-detector", "language-model", "local-fonts", "local-network", "local-network-access",
        "loopback-network", "magnetometer", "media-playback-while-not-visible", "microphone", "midi", "on-device-speech-recognition",
        "otp-credentials", "payment", "picture-in-picture", "private-state-token-issuance", "private-state-token-redemption",
        "publickey-credentials-create", "publickey-credentials-get", "screen-wake-lock", "serial", "speaker-selection",
        "storage-access", "summarizer", "sync-xhr", "translator", "unload", "usb", "window-management", "xr-spatial-tracking",
    ];

    /// <summary>
    /// Left alone: assistive technology (aria-notify), client hints (ch-*, only ever sent to this site, which has no third
    /// parties), cross-origin-isolated (a state, not a capability), and interest-cohort (FLoC, withdrawn: the name controls nothing).
    /// </summary>
    public static IReadOnlyList<string> LeftAtDefault { get; } = ["aria-notify", "ch-*", "cross-origin-isolated", "interest-cohort"];

    /// <summary>The header value.</summary>
    public static string Value { get; } = string.Join(", ", Disabled.Select(f => f + "=()"));
}
