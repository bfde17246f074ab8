using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Clinic.Web.Performance;

namespace Clinic.Web.Export;

/// <summary>
/// Writes the running Production site to a folder: every address it links to or lists in its sitemap, fetched over
/// HTTP from the live pipeline (so each file is byte for byte what the site serves), with the .br and .gz variants
/// the site itself sends, and the 404 page as 404.html.
/// </summary>
internal sealed partial class SiteExporter(HttpClient client, ExportFolder output, TextWriter progress)
{
    /// <summary>Marks a folder this command wrote, so a second export may replace it (and nothing else).</summary>
    public const string Marker = ".clinic-export";

    private static readonly byte[] MarkerText =
        Encoding.UTF8.GetBytes("Written by the site's export command; the next export brings the whole folder up to date (and removes what it did not write).\n");

    private static readonly string[] Seeds = ["/", "/sitemap.xml", "/robots.txt", "/favicon.svg", SearchPage];

    /// <summary>
    /// Forms are not links, so the search page (the header's search form) is named here; exported when the site has it,
    /// for deploy/search/add-search.sh to turn into Pagefind search.
    /// </summary>
    private const string SearchPage = "/search";

    private static readonly (string Coding, string Suffix)[] Variants = [(Compression.Brotli, ".br"), (Compression.Gzip, ".gz")];
    private readonly ConcurrentDictionary<string, bool> seen = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> broken = [];
    private int pages;

    /// <summary>Links to other pages of the site (root-relative), in attributes a browser follows or loads.</summary>
    [GeneratedRegex("""(?:href|src)="(/(?!/)[^"#]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex SiteLink();

    public async Task<ExportSummary> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // First, so that an export stopped midway leaves a folder the next one may bring up to date.
        output.Write(Marker, MarkerText);
        var queue = new ConcurrentQueue<string>(Seeds);
        foreach (var seed in Seeds)
        {
            seen.TryAdd(seed, true);
        }

        using var ticker = new Timer(_ => Report(clock.Elapsed), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var workers = Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount * 2))
            .Select(_ => Task.Run(() => WorkAsync(queue, cancellationToken), cancellationToken))
            .ToList();
        await Task.WhenAll(workers);
        await WriteNotFoundAsync(cancellationToken);
        var removed = output.RemoveStale();
        return new ExportSummary(pages, output.Files, output.Bytes, output.Written, output.Unchanged, removed, [.. broken.Order(StringComparer.Ordinal)], clock.Elapsed);
    }

    private void Report(TimeSpan elapsed) =>
        progress.WriteLine($"export: {Volatile.Read(ref pages)} addresses, {output.Files} files so far ({elapsed.TotalSeconds:0} s)");

    // Workers stop when the queue is empty and no one is fetching (a page being fetched may still add links).
    private int busy;

    private async Task WorkAsync(ConcurrentQueue<string> queue, CancellationToken cancellationToken)
    {
        while (true)
        {
            Interlocked.Increment(ref busy);
            if (queue.TryDequeue(out var path))
            {
                try
                {
                    foreach (var link in await ExportAsync(path, cancellationToken))
                    {
                        if (seen.TryAdd(link, true))
                        {
                            queue.Enqueue(link);
                        }
                    }
                }
                finally
                {
                    Interlocked.Decrement(ref busy);
                }

                continue;
            }

            if (Interlocked.Decrement(ref busy) == 0 && queue.IsEmpty)
            {
                return;
            }

            await Task.Delay(5, cancellationToken);
        }
    }

    /// <summary>Writes one address and its compressed variants; returns the site links found in it.</summary>
    private async Task<IReadOnlyList<string>> ExportAsync(string address, CancellationToken cancellationToken)
    {
        var path = StripQuery(address);
        if (ExportPaths.FileFor(path) is not { } file)
        {
            return [];
        }

        using var response = await GetAsync(address, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            if (address != SearchPage)
            {
                broken.Add($"{address} ({(int)response.StatusCode})");
            }

            return [];
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        WriteWithVariants(file, response, body, cancellationToken);
        Interlocked.Increment(ref pages);
        var type = response.Content.Headers.ContentType?.MediaType;
        return type switch
        {
            "text/html" => LinksIn(Encoding.UTF8.GetString(body)),
            "application/xml" when path == "/sitemap.xml" => SitemapPaths(body),
            _ => [],
        };
    }

    private async Task WriteNotFoundAsync(CancellationToken cancellationToken)
    {
        // Any missing address gets the same page; this one cannot be a real address (no page name starts with a dot).
        const string missing = "/.export-missing-page";
        using var response = await GetAsync(missing, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException($"{missing} answered {(int)response.StatusCode}, not 404.");
        }

        WriteWithVariants(ExportPaths.NotFoundFile, response, await response.Content.ReadAsByteArrayAsync(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Writes a body and, when the site offers them (it varies on Accept-Encoding), its .br and .gz variants, made here
    /// by the function the site's render cache uses: the same bytes, without two more requests and two more cached copies.
    /// </summary>
    private void WriteWithVariants(string file, HttpResponseMessage response, byte[] body, CancellationToken cancellationToken)
    {
        Write(file, body, cancellationToken);
        if (!response.Headers.Vary.Contains("Accept-Encoding", StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var type = response.Content.Headers.ContentType?.ToString();
        foreach (var (coding, suffix) in Variants)
        {
            if (Compression.Variant(coding, type, body) is { } compressed)
            {
                Write(file + suffix, compressed, cancellationToken);
            }
        }
    }

    private Task<HttpResponseMessage> GetAsync(string address, CancellationToken cancellationToken) =>
        client.GetAsync(new Uri(address, UriKind.Relative), cancellationToken);

    private void Write(string relative, byte[] body, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        output.Write(relative, body);
    }

    private static List<string> LinksIn(string html) =>
        SiteLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(IsStatic).ToList();

    private static List<string> SitemapPaths(byte[] xml) =>
        XDocument.Parse(Encoding.UTF8.GetString(xml)).Descendants()
            .Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath)
            .ToList();

    /// <summary>A query makes a dynamic page (search), except an asset's version, which names the same file.</summary>
    private static bool IsStatic(string link) =>
        !link.Contains('?', StringComparison.Ordinal) || link.Contains("?" + StaticFileCaching.VersionKey + "=", StringComparison.Ordinal);

    private static string StripQuery(string address)
    {
        var query = address.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? address : address[..query];
    }
}
