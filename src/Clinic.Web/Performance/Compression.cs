using System.Buffers;
using System.IO.Compression;

namespace Clinic.Web.Performance;

/// <summary>The content codings the site pre-computes for each cached response, and how a request picks one.</summary>
internal static class Compression
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    /// <summary>Below this size a compressed body plus its headers saves nothing worth a variant.</summary>
    private const int MinimumBytes = 256;

    // Quality 6 is within a few per cent of quality 11 on pages of this size at a small fraction of the time;
    // every page is compressed once per snapshot, and an export of thousands of pages must stay close to Hugo's build.
    private const int BrotliQuality = 6;
    private const int BrotliWindow = 22;

    /// <summary>True for the media types worth compressing (text, markup, SVG, JSON); images and fonts are compressed already.</summary>
    private static bool IsCompressible(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/atom+xml", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/javascript", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The body of a response in <paramref name="coding"/>, or null when that variant is not offered: the media type is
    /// not worth compressing, the body is too small, or compressing it saves nothing. The live site and the export both
    /// call this, so an exported .br or .gz file is byte for byte what the site sends.
    /// </summary>
    public static byte[]? Variant(string coding, string? contentType, byte[] body)
    {
        if (!Offers(contentType, body.Length))
        {
            return null;
        }

        var compressed = coding switch
        {
            Brotli => CompressBrotli(body),
            Gzip => CompressGzip(body),
            _ => null,
        };
        return compressed is not null && compressed.Length < body.Length ? compressed : null;
    }

    /// <summary>True when compressed variants of such a body are offered (so caches must vary on Accept-Encoding).</summary>
    public static bool Offers(string? contentType, int length) => length >= MinimumBytes && IsCompressible(contentType);

    private static byte[] CompressBrotli(ReadOnlySpan<byte> source)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(source.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(source, buffer, out var written, BrotliQuality, BrotliWindow))
            {
                throw new InvalidOperationException("Brotli compression failed.");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] CompressGzip(ReadOnlySpan<byte> source)
    {
        using var output = new MemoryStream(source.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(source);
        }

        return output.ToArray();
    }

    /// <summary>
    /// The coding to send for an <c>Accept-Encoding</c> header: Brotli when accepted (smaller), else gzip, else none.
    /// A coding listed with <c>q=0</c> is refused; <c>*</c> accepts any coding not named.
    /// </summary>
    public static string? Choose(string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return null;
        }

        var brotli = Quality(acceptEncoding, Brotli);
        var gzip = Quality(acceptEncoding, Gzip);
        if (brotli > 0 && brotli >= gzip)
        {
            return Brotli;
        }

        return gzip > 0 ? Gzip : null;
    }

    private static double Quality(string header, string coding)
    {
        double? wildcard = null;
        foreach (var range in header.AsSpan().Split(','))
        {
            var part = header.AsSpan(range).Trim();
            var semicolon = part.IndexOf(';');
            var name = (semicolon < 0 ? part : part[..semicolon]).Trim();
            var q = semicolon < 0 ? 1.0 : ParseQuality(part[(semicolon + 1)..]);
            if (name.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                return q;
            }

            if (name.SequenceEqual("*"))
            {
                wildcard = q;
            }
        }

        return wildcard ?? 0;
    }

    private static double ParseQuality(ReadOnlySpan<char> parameters)
    {
        var text = parameters.Trim();
        if (text.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(text[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
        {
            return q;
        }

        return 1.0;
    }
}
