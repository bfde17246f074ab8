using Clinic.Content.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Clinic.Content.Markdown;

/// <summary>Reports care cards and tables a reader could not follow: an unknown card kind, a card or table without a name.</summary>
internal static class CareCardChecks
{
    public static void Run(MarkdownDocument document, DiagnosticBag bag)
    {
        foreach (var card in document.Descendants<CareCard>())
        {
            var at = new SourcePosition(card.Line + 1, card.Column + 1);
            if (card.Kind == CareCardKind.Unknown)
            {
                bag.Error(at, DiagnosticCodes.InvalidField,
                    $"'::: {card.Info}' is not a kind of care card, so its text is shown as plain paragraphs.",
                    "Start the card with '::: urgent', '::: important' or '::: info', and end it with ':::'.");
            }
            else if (card.Heading is null)
            {
                bag.Error(at, DiagnosticCodes.MissingField,
                    "This care card has no heading, so screen-reader users cannot tell what kind of advice it is.",
                    "Put a heading line right after the ':::' line, for example '### Call 911 if'.");
            }
        }

        foreach (var table in document.Descendants<Table>())
        {
            if (TableCaption.Of(table) is null)
            {
                bag.Warning(new SourcePosition(table.Line + 1, table.Column + 1), DiagnosticCodes.MissingField,
                    "This table has no caption, so readers are not told what it shows.",
                    $"Write a line such as '{TableCaption.Marker} The three dose levels' right above the table.");
            }
        }
    }
}
