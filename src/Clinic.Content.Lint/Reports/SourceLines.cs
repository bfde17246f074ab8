using System.Text;
using Clinic.Content.Reading;

namespace Clinic.Content.Lint.Reports;

/// <summary>Reads a finding's source line back from disk for the text report; files are read once each.</summary>
internal sealed class SourceLines
{
    // A caret under a longer line helps nobody, and the report is read in a terminal.
    private const int LongestQuoted = 2_000;

    // The file was already linted (or refused) by then; a device such as /dev/zero or a file that grows without end
    // must not be read to its end a second time just to quote a line.
    private const long MostCharsRead = 64L * 1024 * 1024;

    private readonly Dictionary<string, List<string?>?> files = new(StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (!files.TryGetValue(file, out var lines))
        {
            lines = Read(file);
            files[file] = lines;
        }

        return lines is not null && line >= 1 && line <= lines.Count ? lines[line - 1] : null;
    }

    // Every line of the file, with null for a line too long to quote, or null for a file that cannot be read.
    private static List<string?>? Read(string file)
    {
        try
        {
            // The linter refused devices, pipes and link loops unread; quoting a line must not open them either.
            if (new ContentFileReader(null).Refusal(file) is not null)
            {
                return null;
            }

            using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var lines = new List<string?>();
            var line = new StringBuilder();
            var tooLong = false;
            var buffer = new char[16 * 1024];
            long read = 0;
            int count;
            while (read < MostCharsRead && (count = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                read += count;
                foreach (var c in buffer.AsSpan(0, count))
                {
                    if (c == '\n')
                    {
                        lines.Add(tooLong ? null : line.ToString().TrimEnd('\r'));
                        line.Clear();
                        tooLong = false;
                    }
                    else if (!tooLong && line.Length == LongestQuoted)
                    {
                        tooLong = true;
                        line.Clear();
                    }
                    else if (!tooLong)
                    {
                        line.Append(c);
                    }
                }
            }

            lines.Add(tooLong || read >= MostCharsRead ? null : line.ToString().TrimEnd('\r'));
            return lines;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
