using System.Globalization;
using System.Text.Json;

namespace Clinic.Content.Cli.References;

/// <summary>Reads PubMed records through NCBI E-utilities: <c>esummary.fcgi</c> for a PMID, <c>esearch.fcgi</c> to find a DOI's PMID.</summary>
internal sealed class PubMedClient(HttpClient http, Uri root)
{
    public string Host => root.Host;

    /// <summary>The PubMed record, or null when PubMed has no such PMID.</summary>
    public async Task<StudyRecord?> FindAsync(string pmid, CancellationToken cancel)
    {
        using var json = await GetAsync($"esummary.fcgi?db=pubmed&id={Uri.EscapeDataString(pmid)}&retmode=json", cancel).ConfigureAwait(false);
        if (!json.RootElement.TryGetProperty("result", out var result) || !result.TryGetProperty(pmid, out var record) || record.TryGetProperty("error", out _))
        {
            return null;
        }

        return new StudyRecord
        {
            Authors = record.TryGetProperty("authors", out var authors)
                ? authors.EnumerateArray()
                    .Where(a => Text(a, "authtype") is null or "Author")
                    .Select(a => Text(a, "name")).OfType<string>().ToList()
                : [],
            Title = (Text(record, "title") ?? string.Empty).TrimEnd('.'),
            Journal = JournalName(Text(record, "fulljournalname") ?? Text(record, "source")),
            Year = Text(record, "pubdate") is { Length: >= 4 } date && int.TryParse(date[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            Volume = Empty(Text(record, "volume")),
            Issue = Empty(Text(record, "issue")),
            Pages = FullPages(Empty(Text(record, "pages"))),
            Doi = record.TryGetProperty("articleids", out var ids)
                ? ids.EnumerateArray().Where(i => Text(i, "idtype") == "doi").Select(i => Text(i, "value")).FirstOrDefault()
                : null,
            Pmid = pmid,
        };
    }

    /// <summary>The PMID PubMed files a DOI under, or null when it has none (not every journal article is in PubMed).</summary>
    public async Task<string?> PmidForDoiAsync(string doi, CancellationToken cancel)
    {
        using var json = await GetAsync($"esearch.fcgi?db=pubmed&term={Uri.EscapeDataString(doi + "[doi]")}&retmode=json", cancel).ConfigureAwait(false);
        return json.RootElement.TryGetProperty("esearchresult", out var result) && result.TryGetProperty("idlist", out var ids) && ids.GetArrayLength() == 1
            ? ids[0].GetString()
            : null;
    }

    /// <summary>PubMed shortens page ranges ("351-4"); the library writes them in full ("351-354").</summary>
    public static string? FullPages(string? pages)
    {
        if (pages?.Split('-') is not [var first, var last] || last.Length >= first.Length || !first.All(char.IsAsciiDigit) || !last.All(char.IsAsciiDigit))
        {
            return pages;
        }

        return $"{first}-{first[..(first.Length - last.Length)]}{last}";
    }

    // NLM writes journal names in sentence case ("Biological psychiatry"); the library uses title case.
    private static string? JournalName(string? name) => name is null ? null : string.Join(' ', name.Split(' ').Select((word, i) =>
        i > 0 && SmallWords.Contains(word) ? word : word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word));

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "a", "an", "and", "for", "in", "of", "on", "the", "to" };

    private async Task<JsonDocument> GetAsync(string relative, CancellationToken cancel)
    {
        using var response = await http.GetAsync(new Uri(root, relative), cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false), cancellationToken: cancel).ConfigureAwait(false);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
