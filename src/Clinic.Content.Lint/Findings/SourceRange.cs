namespace Clinic.Content.Lint.Findings;

/// <summary>A range in a file: 1-based line and column of the first character, and the line and column just after the last.</summary>
public readonly record struct SourceRange(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of a file, for findings about a whole file.</summary>
    public static SourceRange FileStart { get; } = new(1, 1, 1, 1);

    /// <summary>A span that starts and ends at one position.</summary>
    public static SourceRange At(int line, int column) => new(line, column, line, column);
}
