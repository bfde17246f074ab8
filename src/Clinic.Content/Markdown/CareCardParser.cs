using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;

namespace Clinic.Content.Markdown;

/// <summary>Reads <c>:::</c> fenced blocks as care cards (Markdig's custom-container syntax).</summary>
internal sealed class CareCardParser : CustomContainerParser
{
    protected override CustomContainer CreateFencedBlock(BlockProcessor processor) => new CareCard(this);
}
