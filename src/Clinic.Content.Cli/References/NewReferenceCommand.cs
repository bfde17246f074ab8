using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Clinic.Content.Cli.Staff;
using Clinic.Content.Lint.Reports;
using Clinic.Content.Workspace;

namespace Clinic.Content.Cli.References;

/// <summary><c>clinic-content new reference --doi X | --pmid N</c>: looks the study up and adds a complete entry to references.yaml.</summary>
internal static partial class NewReferenceCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static Command Create()
    {
        var doi = new Option<string?>("--doi") { Description = "The study's DOI, e.g. 10.1038/nature10130 (looked up on Crossref, then PubMed for its PMID)." };
        var pmid = new Option<string?>("--pmid") { Description = "The study's PubMed ID, e.g. 21677641 (looked up on PubMed)." };
        var key = new Option<string?>("--key") { Description = "The citation key to use (default: first author's family name and year, e.g. autry2011)." };
        var crossref = new Option<string?>("--crossref-url") { Description = $"Crossref API root (default: ${Endpoints.CrossrefVariable}, else {Endpoints.Real.Crossref})." };
        var eutils = new Option<string?>("--eutils-url") { Description = $"NCBI E-utilities root (default: ${Endpoints.EUtilitiesVariable}, else {Endpoints.Real.EUtilities})." };
        var content = ContentOption.Create();
        var command = new Command("reference", "Add a study to content/references.yaml from its DOI or PMID, with every bibliographic field filled in.")
        {
            doi, pmid, key, crossref, eutils, content,
        };
        command.SetAction((parse, cancel) => RunAsync(parse, new ReferenceRequest(
            Clean(parse.GetValue(doi)), Clean(parse.GetValue(pmid)), parse.GetValue(key), parse.GetValue(crossref), parse.GetValue(eutils), parse.GetValue(content)), cancel));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, ReferenceRequest request, CancellationToken cancel)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if ((request.Doi is null) == (request.Pmid is null) || (request.Doi is { } d && !DoiShape().IsMatch(d)) || (request.Pmid is { } p && !p.All(char.IsAsciiDigit)))
        {
            error.WriteLine("Give either --doi (like 10.1038/nature10130) or --pmid (digits only, like 21677641).");
            return ExitCodes.Usage;
        }

        if (request.Key is { } wanted && !KeyShape().IsMatch(wanted))
        {
            error.WriteLine($"--key '{wanted}' is not a citation key: use lower-case letters and digits, like autry2011.");
            return ExitCodes.Usage;
        }

        if (ContentOption.Locate(request.ContentPath, error) is not { } root)
        {
            return ExitCodes.Usage;
        }

        Endpoints endpoints;
        try
        {
            endpoints = Endpoints.From(request.CrossrefUrl, request.EUtilitiesUrl, Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }

        var library = new ReferenceLibraryFile(new ContentWorkspace(root).ReferencesFile);
        var shownLibrary = ContentWorkspace.Display(library.Path, root);
        if (library.Duplicate(request.Doi, request.Pmid) is { } existing)
        {
            error.WriteLine($"{shownLibrary} already has this study as '{existing}', so nothing was written. Cite it as [@{existing}].");
            return ExitCodes.Problems;
        }

        using var http = new HttpClient { Timeout = Timeout };
        // Crossref asks clients to say who they are, so it can reach them instead of blocking them.
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("clinic-content", "1.0"));
        var crossref = new CrossrefClient(http, endpoints.Crossref);
        var pubmed = new PubMedClient(http, endpoints.EUtilities);
        var asked = request.Doi is not null ? crossref.Host : pubmed.Host;
        StudyRecord? study;
        try
        {
            study = request.Doi is { } doi ? await crossref.FindAsync(doi, cancel).ConfigureAwait(false) : await pubmed.FindAsync(request.Pmid!, cancel).ConfigureAwait(false);
            if (study is { Doi: { } found, Pmid: null })
            {
                asked = pubmed.Host;
                study = study with { Pmid = await pubmed.PmidForDoiAsync(found, cancel).ConfigureAwait(false) };
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException)
        {
            error.WriteLine($"Could not look the study up at {asked}: {Reason(ex)}. Nothing was written.");
            error.WriteLine("Check your internet connection and try again, or add the entry by hand (docs/content-guide.md, \"Adding a study\").");
            return ExitCodes.Usage;
        }

        if (study is null || study.Title.Length == 0)
        {
            error.WriteLine($"{asked} has no record of {(request.Doi is { } doi2 ? "DOI " + doi2 : "PMID " + request.Pmid)}. Check the number; nothing was written.");
            return ExitCodes.Problems;
        }

        // The record may reveal the other identifier, which can already be in the library.
        if (library.Duplicate(study.Doi, study.Pmid) is { } same)
        {
            error.WriteLine($"{shownLibrary} already has this study as '{same}', so nothing was written. Cite it as [@{same}].");
            return ExitCodes.Problems;
        }

        var key = request.Key ?? ReferenceEntry.KeyFor(study, library.Keys());
        if (library.Keys().Contains(key))
        {
            error.WriteLine($"The key '{key}' is already used in {shownLibrary}. Choose another with --key.");
            return ExitCodes.Problems;
        }

        library.Append(ReferenceEntry.Render(key, study));
        output.WriteLine($"Added '{key}' to {shownLibrary}: {AuthorNames.Line(study.Authors)} ({study.Year}). {study.Title}.");
        output.WriteLine("Now fill in kind, population and summary (marked FILL IN); until then the preview and `clinic-content check` report them.");
        output.WriteLine($"Cite it in a page as [@{key}].");
        return ExitCodes.Ok;
    }

    private static string Reason(Exception ex) => ex switch
    {
        TaskCanceledException => $"no answer within {Timeout.TotalSeconds:0} seconds",
        HttpRequestException { StatusCode: { } status } => $"the service answered {(int)status} {status}",
        HttpRequestException http => $"the service cannot be reached ({http.Message})",
        _ => $"the answer was not in the expected form ({ex.Message})",
    };

    private static string? Clean(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // People paste DOIs as links: https://doi.org/10.1038/... or doi:10.1038/...
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..];
            }
        }

        return text;
    }

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiShape();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex KeyShape();
}
