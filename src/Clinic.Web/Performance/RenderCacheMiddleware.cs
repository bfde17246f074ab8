using Clinic.Content;
using Clinic.Web.ContentHosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Clinic.Web.Performance;

/// <summary>
/// Renders each page once per snapshot through the normal pipeline, keeps the bytes, and answers later requests from
/// memory: the chosen coding (Brotli, gzip or none), a strong ETag, Cache-Control, and 304 for a matching If-None-Match.
/// </summary>
internal sealed class RenderCacheMiddleware(RequestDelegate next, RenderCache cache, ContentOptions options)
{
    // Set by the server or by this middleware on each answer; a captured copy would be wrong on the next one.
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Date, HeaderNames.Server,
        HeaderNames.ETag, HeaderNames.ContentEncoding, HeaderNames.AcceptRanges,
    };

    /// <summary>
    /// Not async: a page already in the cache is answered without a state machine of its own, and one that is not goes
    /// to <see cref="RenderAsync"/>.
    /// </summary>
    public Task InvokeAsync(HttpContext context)
    {
        var key = RenderCachePolicy.KeyFor(context.Request, options);
        if (key is null || cache.Current(out var snapshot) is not { } generation)
        {
            return next(context);
        }

        if (generation.TryGet(key, out var cached))
        {
            return CachedAnswer.WriteAsync(context, cached);
        }

        // A HEAD answer has no body to keep; it is served from the cache once a GET has filled it.
        return HttpMethods.IsGet(context.Request.Method) ? RenderAsync(context, generation, key, snapshot) : next(context);
    }

    /// <summary>The first GET of an address: renders it through the pipeline, keeps it, and answers as the cache will.</summary>
    private async Task RenderAsync(HttpContext context, RenderCache.Generation generation, string key, ContentSnapshot snapshot)
    {
        // Everything this request renders reads the snapshot its cache entry is filed under.
        SnapshotSource.Pin(snapshot);
        if (await CaptureAsync(context) is not { } captured)
        {
            return;
        }

        await CachedAnswer.WriteAsync(context, generation.Add(key, captured));
    }

    /// <summary>Runs the pipeline into a buffer; returns the response to keep, or null after passing it through as it was.</summary>
    private async Task<CachedResponse?> CaptureAsync(HttpContext context)
    {
        var response = context.Response;
        var before = response.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer, original));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        if (RenderCachePolicy.KindOf(context, options) is { } kind)
        {
            var headers = response.Headers
                .Where(h => !NotReplayed.Contains(h.Key) && !(before.TryGetValue(h.Key, out var was) && was == h.Value))
                .ToArray();
            // This first answer is sent by the replay too, so it must carry exactly what every later one carries.
            foreach (var name in NotReplayed)
            {
                response.Headers.Remove(name);
            }

            return new CachedResponse(kind, response.StatusCode, headers, buffer.ToArray());
        }

        // Not kept: send what the pipeline wrote. Nothing written stays nothing, so the status-code pages still run.
        if (buffer.Length > 0)
        {
            await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
        }

        return null;
    }
}
