using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clinic.Content.Lint.Reports;

/// <summary>Writes indented UTF-8 JSON to a text writer, keeping non-ASCII text readable.</summary>
internal static class Json
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
