using Microsoft.AspNetCore.TestHost;
using Microsoft.Net.Http.Headers;

namespace Clinic.Web.Export;

/// <summary>
/// Asks the export's site for an address through its whole middleware pipeline, in memory: the same answers Kestrel
/// would send (the pages, the headers the pages set, the status pages), without a socket, an HTTP parser or a client.
/// </summary>
/// <remarks>
/// The export fetched each page over loopback HTTP before; per page that cost two socket round trips, Kestrel's
/// request parsing and response framing, and HttpClient's response objects, none of which reach the exported bytes.
/// </remarks>
internal sealed class InMemorySite(TestServer server)
{
    /// <summary>One answer: its status, media type, whether it offers compressed codings, and its identity body.</summary>
    public sealed record Answer(int StatusCode, string? ContentType, bool VariesOnEncoding, byte[] Body)
    {
        /// <summary>The media type without parameters (<c>text/html</c> for <c>text/html; charset=utf-8</c>).</summary>
        public string? MediaType => ContentType is null ? null : MediaTypeHeaderValue.TryParse(ContentType, out var parsed) ? parsed.MediaType.Value : null;
    }

    /// <summary>A GET of <paramref name="address"/> (a site path, with its query if any) as a client without Accept-Encoding sends it.</summary>
    public async Task<Answer> GetAsync(string address, CancellationToken cancellationToken)
    {
        var query = address.IndexOf('?', StringComparison.Ordinal);
        var context = await server.SendAsync(
            c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = PathString.FromUriComponent(query < 0 ? address : address[..query]);
                c.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(address[query..]);
            },
            cancellationToken);
        var response = context.Response;
        using var body = new MemoryStream(response.ContentLength is { } length ? (int)length : 0);
        await response.Body.CopyToAsync(body, cancellationToken);
        var varies = response.Headers.Vary.Any(v => v is not null
            && v.Split(',').Any(token => token.Trim().Equals(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)));
        return new Answer(response.StatusCode, response.ContentType, varies, body.ToArray());
    }
}
