using System.Text;

namespace Clinic.Web.Logging;

/// <summary>Makes a value safe to put in a log line: control characters (CR, LF, ESC...) are written as escapes, so no value can forge a line.</summary>
internal static class LogValue
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(IsUnsafe))
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\r' => escaped.Append("\\r"),
                '\n' => escaped.Append("\\n"),
                '\t' => escaped.Append("\\t"),
                _ when IsUnsafe(c) => escaped.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    // Line and paragraph separators end a line in some log viewers, so they count as control characters here.
    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
