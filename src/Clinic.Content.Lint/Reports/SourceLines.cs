using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;

namespace Clinic.Content.Lint.Reports;

/// <summary>Reads a finding's source line back from disk for the text report; files are read once each.</summary>
internal sealed class SourceLines
{
    // A caret under a longer line helps nobody, and the report is read in a terminal.
    private const int LongestQuoted = 2_000;

    // The file was already linted (or refused) by then; quoting a line must not read more than a large page.
    private const long MostBytesRead = 64L * 1024 * 1024;

    private readonly Dictionary<string, string[]?> files = new(StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (!files.TryGetValue(file, out var lines))
        {
            // The content reader refuses devices, pipes and link loops unread, as the linter did.
            lines = new ContentFileReader(null).ReadText(file, MostBytesRead, new DiagnosticBag(file))?.Split('\n');
            files[file] = lines;
        }

        return lines is not null && line >= 1 && line <= lines.Length && lines[line - 1].TrimEnd('\r') is { Length: <= LongestQuoted } quoted
            ? quoted
            : null;
    }
}
