using System.Text.Json;

namespace Clinic.Content.Cli.References;

/// <summary>Reads a work's metadata from the Crossref REST API (<c>GET works/{doi}</c>).</summary>
internal sealed class CrossrefClient(HttpClient http, Uri root)
{
    /// <summary>The work, or null when Crossref does not know the DOI (404).</summary>
    public async Task<StudyRecord?> FindAsync(string doi, CancellationToken cancel)
    {
        using var response = await http.GetAsync(new Uri(root, "works/" + Uri.EscapeDataString(doi)), cancel).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false), cancellationToken: cancel).ConfigureAwait(false);
        var work = json.RootElement.GetProperty("message");
        var authors = work.TryGetProperty("author", out var list)
            ? list.EnumerateArray()
                .Where(a => a.TryGetProperty("family", out _))
                .Select(a => AuthorNames.FromParts(Text(a, "family")!, Text(a, "given"), Text(a, "suffix")))
                .ToList()
            : [];
        return new StudyRecord
        {
            Authors = authors,
            Title = First(work, "title") ?? string.Empty,
            Journal = First(work, "container-title"),
            Year = Year(work, "published-print") ?? Year(work, "issued") ?? Year(work, "published-online"),
            Volume = Text(work, "volume"),
            Issue = Text(work, "issue"),
            Pages = Text(work, "page")?.Replace('\u2013', '-'),
            Doi = Text(work, "DOI") ?? doi,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? First(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
            ? value[0].GetString()
            : null;

    private static int? Year(JsonElement work, string name) =>
        work.TryGetProperty(name, out var date) && date.TryGetProperty("date-parts", out var parts)
        && parts.GetArrayLength() > 0 && parts[0].GetArrayLength() > 0 && parts[0][0].ValueKind == JsonValueKind.Number
            ? parts[0][0].GetInt32()
            : null;

    /// <summary>For messages: the host asked.</summary>
    public string Host => root.Host;
}
