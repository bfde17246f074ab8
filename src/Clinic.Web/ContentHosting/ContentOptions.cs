using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>How this instance of the site treats content: where it lives and what readers may see.</summary>
/// <param name="Root">Full path of the content folder.</param>
/// <param name="Policy">Which pages are shown.</param>
/// <param name="ShowProblems">Show content problems in a banner (Development) instead of only logging them.</param>
public sealed record ContentOptions(string Root, PublicationPolicy Policy, bool ShowProblems)
{
    /// <summary>Watch the content folder and serve each saved change without a restart (<c>Content:Watch</c>, on by default).</summary>
    public bool Watch { get; init; } = true;

    /// <summary>Serve the script and event stream that reload an open browser tab after a change (Development only).</summary>
    public bool LiveReload { get; init; }

    /// <summary>How long the folder must stay quiet before a rebuild, so a burst of saves costs one rebuild.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The longest a rebuild waits while saves keep coming, so a steady stream of saves still shows up.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1);
}
