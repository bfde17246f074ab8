namespace Clinic.Content;

/// <summary>Which pages readers may see: production hides drafts, pages with errors and pages no clinician signed off; a preview shows them.</summary>
/// <param name="IncludeDrafts">Show pages marked <c>draft: true</c>.</param>
/// <param name="IncludePagesWithErrors">Show pages whose content has errors (with their diagnostics).</param>
public sealed record PublicationPolicy(bool IncludeDrafts, bool IncludePagesWithErrors)
{
    /// <summary>What the public site shows.</summary>
    public static PublicationPolicy Production { get; } = new(false, false);

    /// <summary>What staff see while editing.</summary>
    public static PublicationPolicy Preview { get; } = new(true, true);

    /// <summary>True when a page with these properties is shown.</summary>
    public bool Shows(Pages.ContentPage page) =>
        (IncludeDrafts || !page.FrontMatter.Draft) && (IncludePagesWithErrors || (!page.HasErrors && page.FrontMatter.IsSignedOff));
}
