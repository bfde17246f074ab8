using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clinic.Content.Lint.Reports;

/// <summary>Writes indented UTF-8 JSON to a text writer as it goes, keeping non-ASCII text readable.</summary>
/// <remarks>
/// Reports can hold hundreds of thousands of findings: the writer hands its bytes on in chunks of about
/// <see cref="ChunkBytes"/>, so memory stays flat however long the report is.
/// </remarks>
internal sealed class Json : IDisposable
{
    /// <summary>How much JSON is held before it is passed on to the output.</summary>
    public const int ChunkBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MemoryStream buffer = new();
    private readonly TextWriter output;

    private Json(TextWriter output)
    {
        this.output = output;
        Writer = new Utf8JsonWriter(buffer, Options);
    }

    public Utf8JsonWriter Writer { get; }

    public static void Write(TextWriter output, Action<Json> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Json(output);
        body(json);
        json.Drain();
        output.WriteLine();
    }

    /// <summary>Passes the JSON written so far on to the output once a chunk has built up; call between items.</summary>
    public void Flush()
    {
        if (Writer.BytesPending + buffer.Length >= ChunkBytes)
        {
            Drain();
        }
    }

    public void Dispose()
    {
        Writer.Dispose();
        buffer.Dispose();
    }

    private void Drain()
    {
        // The JSON writer only ever flushes whole tokens, so the buffer never ends inside a UTF-8 sequence.
        Writer.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }
}
