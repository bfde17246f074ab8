using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Clinic.Web.Http;

/// <summary>The response body of a HEAD request answered as GET: headers go out as usual, the body is counted and dropped.</summary>
internal sealed class HeadResponseBody(IHttpResponseBodyFeature server) : IHttpResponseBodyFeature
{
    private readonly StreamResponseBodyFeature discard = new(Stream.Null);

    public Stream Stream => discard.Stream;

    public PipeWriter Writer => discard.Writer;

    public void DisableBuffering() => discard.DisableBuffering();

    // Headers are sent by the server's own feature, so that Content-Length and the status reach the client unchanged.
    public Task StartAsync(CancellationToken cancellationToken = default) => server.StartAsync(cancellationToken);

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task CompleteAsync() => discard.CompleteAsync();
}
