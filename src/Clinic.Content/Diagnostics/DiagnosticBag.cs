namespace Clinic.Content.Diagnostics;

/// <summary>Collects the diagnostics of one file while it is read.</summary>
public sealed class DiagnosticBag
{
    private readonly List<ContentDiagnostic> items = [];

    /// <summary>Starts a bag for the file at <paramref name="path"/>.</summary>
    public DiagnosticBag(string path) => Path = path;

    /// <summary>The file these diagnostics belong to.</summary>
    public string Path { get; }

    /// <summary>Everything reported so far, in order.</summary>
    public IReadOnlyList<ContentDiagnostic> Items => items;

    /// <summary>True once any error has been reported.</summary>
    public bool HasErrors => items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Reports an error.</summary>
    public void Error(SourcePosition at, string code, string message, string hint, string? field = null) =>
        Add(at, DiagnosticSeverity.Error, code, message, hint, field);

    /// <summary>Reports a warning.</summary>
    public void Warning(SourcePosition at, string code, string message, string hint) =>
        Add(at, DiagnosticSeverity.Warning, code, message, hint);

    private void Add(SourcePosition at, DiagnosticSeverity severity, string code, string message, string hint, string? field = null) =>
        items.Add(new ContentDiagnostic(Path, at.Line, at.Column, severity, code, message, hint) { Field = field });
}
