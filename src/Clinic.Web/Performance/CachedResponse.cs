using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Clinic.Web.Performance;

/// <summary>One response of the normal pipeline, captured once: status, the headers the page set, and its body in every coding.</summary>
internal sealed class CachedResponse
{
    private readonly Lazy<byte[]?> brotli;
    private readonly Lazy<byte[]?> gzip;

    // Made once: every answer sends one, and a string built per request is garbage per request.
    private readonly string identityTag;
    private readonly string brotliTag;
    private readonly string gzipTag;

    public CachedResponse(CacheEntryKind kind, int statusCode, KeyValuePair<string, StringValues>[] headers, byte[] body)
    {
        Kind = kind;
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        ContentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value.ToString();
        // Strong validator from the bytes themselves: equal bytes give equal tags across restarts and across servers.
        var tag = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12));
        identityTag = $"\"{tag}\"";
        brotliTag = $"\"{tag}-br\"";
        gzipTag = $"\"{tag}-gz\"";
        Compressible = Compression.Offers(ContentType, body.Length);
        // Each coding is made on first use: most clients only ever ask for one, and a benchmark for none.
        brotli = new(() => Compression.Variant(Compression.Brotli, ContentType, body));
        gzip = new(() => Compression.Variant(Compression.Gzip, ContentType, body));
    }

    public CacheEntryKind Kind { get; }

    public int StatusCode { get; }

    /// <summary>
    /// The headers the page itself set (security headers come from outer middleware on every response). An array, so
    /// that replaying them enumerates without a boxed enumerator per request.
    /// </summary>
    public KeyValuePair<string, StringValues>[] Headers { get; }

    public string ContentType { get; }

    /// <summary>The identity body.</summary>
    public byte[] Body { get; }

    /// <summary>True when compressed variants are offered (so caches must vary on Accept-Encoding).</summary>
    public bool Compressible { get; }

    /// <summary>The body in <paramref name="coding"/> (null: identity); null when that coding is not offered.</summary>
    public byte[]? BodyIn(string? coding) => coding switch
    {
        null => Body,
        Compression.Brotli => brotli.Value,
        Compression.Gzip => gzip.Value,
        _ => null,
    };

    /// <summary>The strong ETag of one representation; each coding has its own, as RFC 9110 requires of strong validators.</summary>
    public string ETagFor(string? coding) => coding switch
    {
        null => identityTag,
        Compression.Brotli => brotliTag,
        _ => gzipTag,
    };
}
