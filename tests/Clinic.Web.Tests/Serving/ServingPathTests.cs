using System.Net;
using Clinic.Web.Logging;
using Clinic.Web.Tests.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clinic.Web.Tests.Serving;

/// <summary>
/// What a page served from memory does not pay for: the work ASP.NET Core would otherwise do on every request,
/// which was most of a cached answer's allocations and its share of the first seconds' compilation (docs/performance.md).
/// </summary>
public sealed class ServingPathTests
{
    private const string Page = "/articles/how-ketamine-works";

    [Fact]
    public async Task A_page_served_from_memory_never_reaches_authentication()
    {
        var handlers = new CountingHandlerProvider.Counter();
        using var site = new SiteFactory
        {
            WithServices = services => services
                .AddSingleton(handlers)
                .AddScoped<IAuthenticationHandlerProvider, CountingHandlerProvider>(),
        };

        (await site.GetAsync(Page)).StatusCode.Should().Be(HttpStatusCode.OK, "the first request renders the page");
        var afterRender = handlers.Created;
        for (var i = 0; i < 5; i++)
        {
            (await site.GetAsync(Page)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        handlers.Created.Should().Be(afterRender,
            "authentication runs after routing, for rendered pages only; in front of the pipeline it cost every answer a service scope");
    }

    [Fact]
    public async Task Behind_the_proxy_a_page_already_in_memory_is_still_never_served_over_plain_http()
    {
        using var site = new SiteFactory { Settings = { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" } };
        var server = site.StartKestrel();
        var tls = RawHttp.Request("GET", "/faq", host: "science.example", headers: "X-Forwarded-Proto: https");
        (await RawHttp.SendAsync(server, tls)).Status.Should().Be(200);
        (await RawHttp.SendAsync(server, tls)).Status.Should().Be(200, "the FAQ is now answered from memory");

        var plain = await RawHttp.SendAsync(server, RawHttp.Request("GET", "/faq", host: "science.example", headers: "X-Forwarded-Proto: http"));

        plain.Status.Should().Be(308);
        plain.Header("Location").Should().Be("https://science.example/faq");
    }

    [Fact]
    public async Task A_head_request_for_a_page_in_memory_gets_the_get_headers_and_no_body()
    {
        using var site = new SiteFactory();
        var server = site.StartKestrel();
        var get = await RawHttp.SendAsync(server, RawHttp.Request("GET", Page));

        var head = await RawHttp.SendAsync(server, RawHttp.Request("HEAD", Page));

        head.Status.Should().Be(200);
        head.Body.Should().BeEmpty();
        head.Header("Content-Length").Should().Be(get.Header("Content-Length")).And.NotBeNull();
        head.Headers.Select(h => h.Name).Where(n => n != "Date").Should().BeEquivalentTo(get.Headers.Select(h => h.Name).Where(n => n != "Date"));
        head.Header("ETag").Should().Be(get.Header("ETag"));
        head.Header("Content-Security-Policy").Should().Be(get.Header("Content-Security-Policy"));
    }

    [Fact]
    public void Hosting_does_not_wrap_each_request_in_a_log_scope_and_an_activity()
    {
        using var site = new SiteFactory();
        var logger = site.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SiteLogging.HostingDiagnostics);

        logger.IsEnabled(LogLevel.Critical).Should().BeFalse(
            "while its category is enabled at any level, hosting starts a scope and an Activity for every request; the site logs requests itself");
    }

    /// <summary>The framework's handler provider, counting how many requests created one.</summary>
    private sealed class CountingHandlerProvider : AuthenticationHandlerProvider
    {
        public CountingHandlerProvider(IAuthenticationSchemeProvider schemes, Counter counter)
            : base(schemes) => Interlocked.Increment(ref counter.Value);

        public sealed class Counter
        {
            public int Value;

            public int Created => Volatile.Read(ref Value);
        }
    }
}
