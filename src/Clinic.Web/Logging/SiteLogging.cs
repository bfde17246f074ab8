using Serilog;
using Serilog.Extensions.Logging;

namespace Clinic.Web.Logging;

/// <summary>The site's log: Serilog as configured in appsettings (console), with every value escaped.</summary>
internal static class SiteLogging
{
    /// <summary>ASP.NET Core's per-request hosting log (request started/finished), left out: see <see cref="AddSiteLogging"/>.</summary>
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var serilog = Configure(new LoggerConfiguration(), builder.Configuration).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(serilog, dispose: true);
        // While this category is enabled at any level, hosting wraps every request in a log scope and an Activity, which
        // were most of what a page served from memory allocated (docs/performance.md). Its request lines are replaced
        // by RequestLogging's; scope properties never reached the console template. Once for every provider, and once
        // for Serilog's, whose own rule from AddSerilog (everything at Trace) outranks a rule for all providers.
        builder.Logging.AddFilter(HostingDiagnostics, LogLevel.None);
        builder.Logging.AddFilter<SerilogLoggerProvider>(HostingDiagnostics, LogLevel.None);
        return builder;
    }

    /// <summary>The site's logger settings; tests add a sink of their own to read what the console would show.</summary>
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration) =>
        logger.ReadFrom.Configuration(configuration).Enrich.With<EscapeControlCharacters>();
}
