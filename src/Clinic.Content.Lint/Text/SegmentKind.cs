namespace Clinic.Content.Lint.Text;

/// <summary>Where a piece of text sits on the page; some checks read only some kinds.</summary>
public enum SegmentKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    Quote,
    ImageAlt,
    Title,
    Summary,
}
