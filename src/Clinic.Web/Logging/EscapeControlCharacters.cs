using Serilog.Core;
using Serilog.Events;

namespace Clinic.Web.Logging;

/// <summary>
/// Escapes control characters in every text value of every log event, whoever logs it (a request path, a file name, a
/// message from a library), so that the console log has one line per event and none can be forged.
/// </summary>
internal sealed class EscapeControlCharacters : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && LogValue.Escape(text) is var escaped && !ReferenceEquals(escaped, text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(escaped)));
            }
        }
    }
}
