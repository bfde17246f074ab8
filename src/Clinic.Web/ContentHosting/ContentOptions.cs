using System.ComponentModel.DataAnnotations;
using Clinic.Content;

namespace Clinic.Web.ContentHosting;

/// <summary>How this instance of the site treats content, bound from the <c>Content</c> section of the configuration.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section bound to these options.</summary>
    public const string Section = "Content";

    /// <summary>
    /// The content folder (<c>Content:Root</c>), relative to the directory the site was started in; when not set, the
    /// nearest content/ above the app (see <see cref="Clinic.Content.Workspace.ContentWorkspace.Locate"/>). Always a full path once bound.
    /// </summary>
    public string Root { get; set; } = string.Empty;

    /// <summary>Watch the content folder and serve each saved change without a restart (<c>Content:Watch</c>, on by default).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// A file that keeps the claim linter's findings between runs (<c>Content:LintCache</c>), keyed by each page's text and
    /// everything else its findings depend on, so a restart or an export of unchanged content lints nothing. Empty: no file.
    /// </summary>
    public string LintCache { get; set; } = string.Empty;

    /// <summary>How long the folder must stay quiet before a rebuild, so a burst of saves costs one rebuild.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The longest a rebuild waits while saves keep coming, so a steady stream of saves still shows up.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Which pages are shown: set from the environment, never from configuration (a setting must not publish drafts).</summary>
    public PublicationPolicy Policy { get; internal set; } = PublicationPolicy.Production;

    /// <summary>Show content problems in a banner (Development) instead of only logging them.</summary>
    public bool ShowProblems { get; internal set; }

    /// <summary>Serve the script and event stream that reload an open browser tab after a change (Development only).</summary>
    public bool LiveReload { get; internal set; }
}
