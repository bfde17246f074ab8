using System.Net;

namespace Clinic.Content.Lint.Extraction;

/// <summary>
/// Finds where a parsed text node sits in the raw HTML. AngleSharp keeps source positions for elements only,
/// so each text node is matched against the raw text after the next tag end, decoding entities on the way.
/// </summary>
internal sealed class HtmlSourceAligner
{
    private const int MaxTagsToTry = 64;
    private readonly string raw;
    private int cursor;

    public HtmlSourceAligner(string raw) => this.raw = raw;

    /// <summary>The file offset of each character of <paramref name="data"/>, moving forward through the file.</summary>
    public int[] Align(string data)
    {
        var from = cursor;
        for (var tries = 0; tries < MaxTagsToTry; tries++)
        {
            var tagEnd = raw.IndexOf('>', from);
            if (tagEnd < 0)
            {
                break;
            }

            if (TryAlign(tagEnd + 1, data) is { } offsets)
            {
                cursor = offsets.Length > 0 ? offsets[^1] + 1 : tagEnd + 1;
                return offsets;
            }

            from = tagEnd + 1;
        }

        // Not found (restructured markup): point every character at the last known place.
        return Enumerable.Repeat(Math.Min(cursor, Math.Max(raw.Length - 1, 0)), data.Length).ToArray();
    }

    /// <summary>The offsets of an attribute value inside the start tag at <paramref name="tagStart"/>.</summary>
    public int[] AlignAttribute(int tagStart, string name, string value)
    {
        var tagEnd = raw.IndexOf('>', Math.Clamp(tagStart, 0, raw.Length));
        var at = tagEnd < 0 ? -1 : raw.IndexOf(name + "=", tagStart, tagEnd - tagStart, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var start = at + name.Length + 1;
            if (start < raw.Length && raw[start] is '"' or '\'')
            {
                start++;
            }

            if (TryAlign(start, value) is { } offsets)
            {
                return offsets;
            }
        }

        return Enumerable.Repeat(Math.Max(tagStart, 0), value.Length).ToArray();
    }

    private int[]? TryAlign(int start, string data)
    {
        var offsets = new int[data.Length];
        var j = start;
        for (var k = 0; k < data.Length; k++)
        {
            while (j < raw.Length && raw[j] == '\r' && data[k] != '\r')
            {
                j++;
            }

            if (j >= raw.Length)
            {
                return null;
            }

            if (raw[j] == '&' && Entity(j) is { } entity && data.AsSpan(k).StartsWith(entity.Text, StringComparison.Ordinal))
            {
                for (var e = 0; e < entity.Text.Length; e++)
                {
                    offsets[k + e] = j;
                }

                k += entity.Text.Length - 1;
                j = entity.End;
                continue;
            }

            if (raw[j] != data[k])
            {
                return null;
            }

            offsets[k] = j++;
        }

        return offsets;
    }

    private (string Text, int End)? Entity(int at)
    {
        var semi = raw.IndexOf(';', at, Math.Min(12, raw.Length - at));
        if (semi < 0)
        {
            return null;
        }

        var encoded = raw[at..(semi + 1)];
        var decoded = WebUtility.HtmlDecode(encoded);
        return decoded == encoded ? null : (decoded, semi + 1);
    }
}
