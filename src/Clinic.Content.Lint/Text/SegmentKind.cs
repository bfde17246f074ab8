namespace Clinic.Content.Lint.Text;

/// <summary>Where a piece of text sits on the page; some checks read only some kinds.</summary>
public enum SegmentKind
{
    /// <summary>Body text.</summary>
    Paragraph,
    /// <summary>A heading.</summary>
    Heading,
    /// <summary>An item of a list.</summary>
    ListItem,
    /// <summary>A cell of a table.</summary>
    TableCell,
    /// <summary>A block quote.</summary>
    Quote,
    /// <summary>An image's alt text.</summary>
    ImageAlt,
    /// <summary>The page title.</summary>
    Title,
    /// <summary>The page summary.</summary>
    Summary,
}
