using System.Buffers;
using System.Text;
using Clinic.Content.Diagnostics;

namespace Clinic.Content.Reading;

/// <summary>Decodes a content file as strict UTF-8: bad bytes, NUL characters and stray byte-order marks are reported, never silently replaced.</summary>
internal static class Utf8Text
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>The text, or null (after reporting each problem's line and column) when the file is not clean UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag bag, int maxProblems)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var problems = 0;
        var refused = false;
        var strayMarks = false;
        var line = 1;
        var column = 1;
        for (var i = 0; i < bytes.Length;)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                refused = true;
                Report(bag, ref problems, maxProblems, new SourcePosition(line, column),
                    $"Byte {i + 1} (0x{bytes[i]:X2}) is not valid UTF-8 text, so the file is not loaded.",
                    "Save the file as UTF-8 in your editor (File > Save with encoding > UTF-8), then retype any character that looks wrong.");
                i += Math.Max(consumed, 1);
                column++;
                continue;
            }

            if (rune.Value == 0)
            {
                refused = true;
                Report(bag, ref problems, maxProblems, new SourcePosition(line, column),
                    "The file contains a NUL character (byte 0), so it is not loaded: it is probably binary or damaged.",
                    "Delete the invisible character at this position, or restore the file from its last good version.");
            }
            else if (rune.Value == ByteOrderMark)
            {
                strayMarks = true;
                Report(bag, ref problems, maxProblems, new SourcePosition(line, column),
                    "An invisible byte-order mark (U+FEFF) sits in the middle of the text; it was removed.",
                    "Delete the invisible character at this position; it usually comes from pasting two files together.", warning: true);
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }

            i += consumed;
        }

        if (problems > maxProblems)
        {
            bag.Warning(SourcePosition.Start, DiagnosticCodes.Encoding,
                $"{problems - maxProblems} more encoding problems in this file are not listed.",
                "Fix the ones listed, or save the whole file again as UTF-8.");
        }

        if (refused)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        return strayMarks ? text.Replace(ByteOrderMark.ToString(), string.Empty, StringComparison.Ordinal) : text;
    }

    private static void Report(DiagnosticBag bag, ref int problems, int maxProblems, SourcePosition at, string message, string hint, bool warning = false)
    {
        if (++problems > maxProblems)
        {
            return;
        }

        if (warning)
        {
            bag.Warning(at, DiagnosticCodes.Encoding, message, hint);
        }
        else
        {
            bag.Error(at, DiagnosticCodes.Encoding, message, hint);
        }
    }
}
