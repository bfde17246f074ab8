namespace Clinic.Content.Lint.Linting;

/// <summary>How a file is read and which checks apply to it.</summary>
public enum DocumentKind
{
    /// <summary>A Markdown fragment: claims only.</summary>
    Markdown,

    /// <summary>An HTML page: claims and required content.</summary>
    Html,

    /// <summary>A page saved as plain text: claims and required content.</summary>
    PlainText,
}
