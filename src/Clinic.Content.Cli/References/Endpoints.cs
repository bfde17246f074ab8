namespace Clinic.Content.Cli.References;

/// <summary>Where <c>new reference</c> looks studies up. The real services by default; tests and mirrors set others.</summary>
/// <param name="Crossref">The Crossref REST API root (works are at <c>works/DOI</c>).</param>
/// <param name="EUtilities">The NCBI E-utilities root (<c>esearch.fcgi</c>, <c>esummary.fcgi</c>).</param>
internal sealed record Endpoints(Uri Crossref, Uri EUtilities)
{
    /// <summary>The variable that overrides the Crossref API root (tests point it at a local server).</summary>
    public const string CrossrefVariable = "CLINIC_CROSSREF_URL";
    /// <summary>The variable that overrides the PubMed E-utilities root (tests point it at a local server).</summary>
    public const string EUtilitiesVariable = "CLINIC_EUTILS_URL";

    /// <summary>The real Crossref and PubMed E-utilities addresses, used when no variable overrides them.</summary>
    public static Endpoints Real { get; } = new(new Uri("https://api.crossref.org/"), new Uri("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"));

    /// <summary>The options given, else the environment variables, else the real services; each root ends with '/'.</summary>
    public static Endpoints From(string? crossref, string? eUtilities, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new Endpoints(
            Root(crossref ?? environment(CrossrefVariable), Real.Crossref),
            Root(eUtilities ?? environment(EUtilitiesVariable), Real.EUtilities));
    }

    private static Uri Root(string? given, Uri fallback)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return fallback;
        }

        var text = given.EndsWith('/') ? given : given + "/";
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"'{given}' is not an http(s) address.");
    }
}
