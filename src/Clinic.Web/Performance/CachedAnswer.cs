using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Clinic.Web.Performance;

/// <summary>
/// How a kept response is sent: the chosen coding (Brotli, gzip or none), a strong ETag, Cache-Control, Vary, and 304
/// for a matching If-None-Match. The same for every request, whichever middleware found it.
/// </summary>
internal static class CachedAnswer
{
    /// <summary>Answers with <paramref name="cached"/> in the coding the request accepts, or 304 when the client holds it.</summary>
    public static Task WriteAsync(HttpContext context, CachedResponse cached)
    {
        var request = context.Request;
        var response = context.Response;
        var coding = cached.Compressible ? Compression.Choose(request.Headers.AcceptEncoding) : null;
        var body = cached.BodyIn(coding);
        if (body is null)
        {
            coding = null;
            body = cached.Body;
        }

        response.StatusCode = cached.StatusCode;
        foreach (var (name, value) in cached.Headers)
        {
            response.Headers[name] = value;
        }

        if (StringValues.IsNullOrEmpty(response.Headers.CacheControl))
        {
            response.Headers.CacheControl = RenderCachePolicy.PageCacheControl;
        }

        var etag = cached.ETagFor(coding);
        response.Headers.ETag = etag;
        if (cached.Compressible)
        {
            // Shared caches (a CDN) must keep one copy per coding.
            response.Headers.Vary = StringValues.IsNullOrEmpty(response.Headers.Vary)
                ? HeaderNames.AcceptEncoding
                : response.Headers.Vary + ", " + HeaderNames.AcceptEncoding;
        }

        if (cached.StatusCode == StatusCodes.Status200OK && Matches(request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            return Task.CompletedTask;
        }

        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding;
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 13.1.2): a W/ prefix does not matter; * matches anything.</summary>
    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var range in value.AsSpan().Split(','))
            {
                var candidate = value.AsSpan(range).Trim();
                if (candidate.StartsWith("W/", StringComparison.Ordinal))
                {
                    candidate = candidate[2..];
                }

                if (candidate.SequenceEqual("*") || candidate.SequenceEqual(etag))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
