using Clinic.Web.ContentHosting;
using Microsoft.Net.Http.Headers;

namespace Clinic.Web.Endpoints;

/// <summary>Serves /diagrams/{name}.svg from the snapshot's memory (no file access per request).</summary>
internal static class DiagramEndpoint
{
    /// <summary>Route pattern: a plain file name only, so no path can escape the diagrams folder.</summary>
    public const string Route = "/diagrams/{name:regex(^[a-z0-9]+(-[a-z0-9]+)*\\.svg$):maxlength(100)}";

    public static IResult Handle(string name, ISnapshotSource source, HttpContext context)
    {
        if (!source.Current.Diagrams.TryGetValue(name, out var diagram))
        {
            return Results.NotFound();
        }

        // An SVG opened on its own is a document: it must not run script or load anything, whatever it contains.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(diagram.Svg.ToArray(), "image/svg+xml", enableRangeProcessing: true,
            lastModified: diagram.LastModified,
            entityTag: new EntityTagHeaderValue($"\"{diagram.LastModified.ToUnixTimeSeconds():x}-{diagram.Svg.Length:x}\""));
    }
}
