using Clinic.Web.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Display;

namespace Clinic.Web.Tests.Http;

/// <summary>The console log as the site configures it (appsettings.json): one line per event, whatever a value holds.</summary>
public sealed class ConsoleLogTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    [InlineData("Clinic.Web.Content")]
    public void A_logged_value_with_line_breaks_and_escape_codes_stays_on_one_line(string category)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "src", "Clinic.Web", "appsettings.json"))
            .Build();
        var template = configuration["Serilog:WriteTo:0:Args:outputTemplate"]!;
        var console = new RenderedLines(template);
        using var serilog = SiteLogging.Configure(new LoggerConfiguration(), configuration).WriteTo.Sink(console).CreateLogger();
        using var factory = new SerilogLoggerFactory(serilog);

#pragma warning disable CA1848, CA2254 // The test logs the way any library would, template and all.
        factory.CreateLogger(category).LogWarning("Request for {Path} from {File}", "/\nFAKE-LOG-LINE\r\n\u001b[31m", "articles/x\u2028y.md");
#pragma warning restore CA1848, CA2254

        console.Text.Should().Contain("/\\nFAKE-LOG-LINE\\r\\n\\u001b[31m").And.Contain("articles/x\\u2028y.md");
        console.Text.TrimEnd('\n', '\r').Should().NotContain("\n").And.NotContain("\r").And.NotContain("\u001b");
    }

    /// <summary>Renders each event with the console's output template into one string.</summary>
    private sealed class RenderedLines(string template) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter formatter = new(template);
        private readonly System.Text.StringBuilder output = new();

        public string Text => output.ToString();

        public void Emit(LogEvent logEvent)
        {
            using var line = new StringWriter();
            formatter.Format(logEvent, line);
            output.Append(line);
        }
    }
}
