namespace Clinic.Content.Diagnostics;

/// <summary>A problem found while loading content: where it is, what is wrong and how to fix it.</summary>
/// <param name="Path">Full path of the file the problem is in.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">Stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Hint">How to fix it.</param>
public sealed record ContentDiagnostic(
    string Path,
    int Line,
    int Column,
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string Hint)
{
    /// <summary>The front-matter or YAML field the problem is about, when there is one (e.g. <c>reviewer</c>).</summary>
    public string? Field { get; init; }

    /// <summary>The file, line and column as editors print them: <c>path:line:column</c>.</summary>
    public string Location => $"{Path}:{Line}:{Column}";

    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message} Fix: {Hint}";
}
