using Serilog;

namespace Clinic.Web.Logging;

/// <summary>The site's log: Serilog as configured in appsettings (console), with every value escaped.</summary>
internal static class SiteLogging
{
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var serilog = Configure(new LoggerConfiguration(), builder.Configuration).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(serilog, dispose: true);
        return builder;
    }

    /// <summary>The site's logger settings; tests add a sink of their own to read what the console would show.</summary>
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration) =>
        logger.ReadFrom.Configuration(configuration).Enrich.With<EscapeControlCharacters>();
}
