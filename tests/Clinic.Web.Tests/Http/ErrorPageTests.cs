using System.Net;
using Clinic.Content;
using Clinic.Web.ContentHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clinic.Web.Tests.Http;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_server_error_answers_500_with_the_error_page_in_the_sites_layout()
    {
        OneFailure? failing = null;
        using var site = new SiteFactory
        {
            WithServices = s => s.Replace(ServiceDescriptor.Singleton<ISnapshotSource>(p => failing = new OneFailure(p.GetRequiredService<SnapshotSource>()))),
        };
        (await site.GetAsync("/faq")).StatusCode.Should().Be(HttpStatusCode.OK);

        // A page not requested before: the render cache has nothing kept for it, so the page really runs.
        failing!.Armed = true;
        var (response, document) = await site.GetPageAsync("/research");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        document.QuerySelector("h1")!.TextContent.Should().Be("Something went wrong on our side");
        document.QuerySelector("footer .disclaimer").Should().NotBeNull();
        document.QuerySelector(".crisis-notice")!.TextContent.Should().Contain("988");
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
    }

    /// <summary>The real snapshot source, except that the first read after it is armed throws.</summary>
    private sealed class OneFailure(ISnapshotSource real) : ISnapshotSource
    {
        private int armed;

        public bool Armed
        {
            set => Volatile.Write(ref armed, value ? 1 : 0);
        }

        public ContentSnapshot Current => Interlocked.Exchange(ref armed, 0) == 1
            ? throw new InvalidOperationException("A failure on purpose (test).")
            : real.Current;
    }
}
