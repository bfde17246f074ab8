namespace Clinic.Content.Lint.Reports;

/// <summary>Reads a finding's source line back from disk for the text report; files are read once each.</summary>
internal sealed class SourceLines
{
    private readonly Dictionary<string, string[]?> files = new(StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (!files.TryGetValue(file, out var lines))
        {
            try
            {
                lines = File.Exists(file) ? File.ReadAllText(file).Split('\n') : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                lines = null;
            }

            files[file] = lines;
        }

        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }
}
