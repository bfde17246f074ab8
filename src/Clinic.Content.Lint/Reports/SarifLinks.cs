namespace Clinic.Content.Lint.Reports;

/// <summary>Where a SARIF report's relative file names start, and where each rule's documentation lives.</summary>
/// <param name="SourceRoot">The repository folder (becomes <c>%SRCROOT%</c>); files under it are named relative to it. Ends with '/'.</param>
/// <param name="RulesDocument">docs/claim-rules.md as an absolute address; each rule links to its heading there.</param>
public sealed record SarifLinks(Uri SourceRoot, Uri RulesDocument)
{
    /// <summary>
    /// Links for a report on the repository at <paramref name="repositoryRoot"/>. Inside GitHub Actions the
    /// rules document is the repository's own copy at the commit being checked, so code scanning links somewhere real;
    /// elsewhere it is the file on this machine.
    /// </summary>
    public static SarifLinks For(string repositoryRoot, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(repositoryRoot)) + Path.DirectorySeparatorChar);
        var (server, repository, sha) = (environment("GITHUB_SERVER_URL"), environment("GITHUB_REPOSITORY"), environment("GITHUB_SHA"));
        var rules = !string.IsNullOrEmpty(server) && !string.IsNullOrEmpty(repository) && !string.IsNullOrEmpty(sha)
            ? new Uri($"{server.TrimEnd('/')}/{repository}/blob/{sha}/docs/claim-rules.md")
            : new Uri(Path.Combine(Path.GetFullPath(repositoryRoot), "docs", "claim-rules.md"));
        return new SarifLinks(root, rules);
    }

    /// <summary>The address of one section of docs/claim-rules.md (a finding's <see cref="Findings.Finding.HelpAnchor"/>).</summary>
    public Uri HelpAt(string anchor) => new UriBuilder(RulesDocument) { Fragment = anchor }.Uri;
}
