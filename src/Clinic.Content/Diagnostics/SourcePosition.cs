namespace Clinic.Content.Diagnostics;

/// <summary>A 1-based line and column in a content file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>The first character of a file.</summary>
    public static SourcePosition Start { get; } = new(1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
