namespace Clinic.Content.Markdown;

/// <summary>How serious a care card is, as NHS.UK grades them.</summary>
public enum CareCardKind
{
    /// <summary>Not a kind of card the site knows (reported, then shown as plain text).</summary>
    Unknown,

    /// <summary>Get help now: red.</summary>
    Urgent,

    /// <summary>Something a reader must know before acting: amber.</summary>
    Important,

    /// <summary>Useful to know: blue.</summary>
    Info,
}
