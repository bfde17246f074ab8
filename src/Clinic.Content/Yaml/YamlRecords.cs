using Clinic.Content.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Yaml;

/// <summary>
/// Reads a YAML file that is a list of records (the references, the glossary's terms): the file must be a list, each
/// item a mapping of known fields. Anything else is reported, and the readers see only the records.
/// </summary>
/// <param name="File">The file's name, e.g. references.yaml.</param>
/// <param name="Plural">What the list holds, e.g. references.</param>
/// <param name="Singular">One item, e.g. reference, as the fix names it.</param>
/// <param name="ItemName">One item as the problem names it, e.g. glossary term.</param>
/// <param name="FirstField">The field each item starts with, e.g. key.</param>
/// <param name="ItemHint">How to write an item that is not a mapping.</param>
/// <param name="KnownFields">The fields an item may have; others are warned about.</param>
internal sealed record YamlRecords(string File, string Plural, string Singular, string ItemName, string FirstField, string ItemHint, IReadOnlyCollection<string> KnownFields)
{
    /// <summary>The records of <paramref name="root"/> as they are read, or null (reported) when the file is not a list.</summary>
    public IEnumerable<YamlFields>? Read(YamlNode root, DiagnosticBag bag)
    {
        if (root is YamlSequenceNode entries)
        {
            return Records(entries, bag);
        }

        bag.Error(YamlText.ToFile(root.Start, 1), DiagnosticCodes.InvalidField,
            $"{File} must be a list of {Plural}.",
            $"Start each {Singular} with '- {FirstField}: ...' at the beginning of a line.");
        return null;
    }

    // Lazily, so each record's problems follow the problems of the items before it, in file order.
    private IEnumerable<YamlFields> Records(YamlSequenceNode entries, DiagnosticBag bag)
    {
        foreach (var entry in entries.Children)
        {
            var at = YamlText.ToFile(entry.Start, 1);
            if (entry is not YamlMappingNode mapping)
            {
                bag.Error(at, DiagnosticCodes.InvalidField, $"This list item is not a {ItemName}.", ItemHint);
                continue;
            }

            var fields = new YamlFields(mapping, 1, bag, at);
            fields.WarnUnknown(KnownFields);
            yield return fields;
        }
    }
}
