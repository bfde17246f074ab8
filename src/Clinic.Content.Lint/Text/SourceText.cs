using Clinic.Content.Lint.Findings;

namespace Clinic.Content.Lint.Text;

/// <summary>A file's text with its line starts, so any character offset maps back to a 1-based line and column.</summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    /// <summary>The text of the file at <paramref name="path"/>.</summary>
    public SourceText(string path, string content)
    {
        Path = path;
        Content = content;
        var starts = new List<int> { 0 };
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>The file as the user named it.</summary>
    public string Path { get; }

    /// <summary>The whole text of the file.</summary>
    public string Content { get; }

    /// <summary>How many lines the file has.</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>The 1-based line and column of the character at <paramref name="offset"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Content.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column.</summary>
    public int OffsetOf(int line, int column)
    {
        var start = lineStarts[Math.Clamp(line - 1, 0, lineStarts.Length - 1)];
        return Math.Min(start + Math.Max(column - 1, 0), Content.Length);
    }

    /// <summary>The span from the character at <paramref name="start"/> to the one before <paramref name="end"/>.</summary>
    public SourceRange SpanOf(int start, int end)
    {
        var (line, column) = PositionOf(start);
        var (endLine, endColumn) = PositionOf(Math.Max(end, start));
        return new SourceRange(line, column, endLine, endColumn);
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > lineStarts.Length)
        {
            return string.Empty;
        }

        var start = lineStarts[line - 1];
        var end = line < lineStarts.Length ? lineStarts[line] : Content.Length;
        return Content[start..end].TrimEnd('\n', '\r');
    }
}
