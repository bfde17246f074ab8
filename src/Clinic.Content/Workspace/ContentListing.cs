namespace Clinic.Content.Workspace;

/// <summary>The files of one content folder as one load sees them, in ordinal path order.</summary>
/// <param name="Articles">Markdown files under articles/, case variants included (the loader reports them).</param>
/// <param name="Faq">faq.md, when it exists (even as a broken link, so the loader can say why it is not read).</param>
/// <param name="Diagrams">Every file in diagrams/.</param>
public sealed record ContentListing(IReadOnlyList<string> Articles, string? Faq, IReadOnlyList<string> Diagrams)
{
    /// <summary>The page files: every article candidate, then the FAQ.</summary>
    public IEnumerable<string> Pages => Faq is null ? Articles : Articles.Append(Faq);
}
