using Clinic.Content.Pages;
using Clinic.Content.Publishing;

namespace Clinic.Content;

/// <summary>
/// Whether readers may see a page: the one place that decides, from the page's content errors, the linter's verdict,
/// its draft and sign-off state, and the environment. Production hides drafts, broken and unchecked pages and pages no
/// clinician signed off; a preview shows everything as written.
/// </summary>
/// <param name="IncludeDrafts">Show pages marked <c>draft: true</c>.</param>
/// <param name="IncludePagesWithErrors">Show pages whose content has errors (with their diagnostics).</param>
public sealed record PublicationPolicy(bool IncludeDrafts, bool IncludePagesWithErrors)
{
    /// <summary>What the public site shows.</summary>
    public static PublicationPolicy Production { get; } = new(false, false);

    /// <summary>What staff see while editing.</summary>
    public static PublicationPolicy Preview { get; } = new(true, true);

    /// <summary>The policy for an environment: the preview in Development, Production everywhere else.</summary>
    public static PublicationPolicy For(bool development) => development ? Preview : Production;

    /// <summary>True when a page in a published snapshot is shown.</summary>
    public bool Shows(ContentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return (IncludeDrafts || !page.FrontMatter.Draft) && (IncludePagesWithErrors || (!page.HasErrors && page.FrontMatter.IsSignedOff));
    }

    /// <summary>
    /// True when the version of a page just read must not replace what readers see: it has content errors, or the linter
    /// found a claim or citation error in it or could not check it. Review dates and readability are left out on purpose
    /// (<see cref="FindingWeight.Process"/>). A preview withholds nothing: editors see every save as written.
    /// </summary>
    public bool Withholds(ContentPage page, LintVerdict lint)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(lint);
        return !IncludePagesWithErrors && (page.HasErrors || lint.Holds(page.SourcePath));
    }
}
