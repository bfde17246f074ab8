using System.Net;
using Clinic.Web.Logging;
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
