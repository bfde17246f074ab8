using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using Clinic.Content.Yaml;

namespace Clinic.Content.References;

/// <summary>Reads content/references.yaml into references, reporting every problem with its position.</summary>
internal static class ReferenceLibraryReader
{
    private static readonly YamlRecords Shape = new("references.yaml", "references", "reference", "reference", "key",
        "Each item needs named fields such as `key:`, `authors:` and `title:`.",
        ["key", "authors", "title", "journal", "publisher", "year", "volume", "issue", "pages", "doi", "pmid", "url", "kind", "population", "retracted", "summary"]);

    public static IReadOnlyList<Reference> Read(string path, string text, DiagnosticBag bag, ContentLimits limits)
    {
        var root = YamlText.Parse(text, firstLine: 1, bag, limits);
        if (root is null)
        {
            if (!bag.HasErrors)
            {
                bag.Warning(SourcePosition.Start, DiagnosticCodes.MissingField,
                    "references.yaml is empty, so no page can cite a study.",
                    "Add the vetted references as a list, each starting with '- key: ...'.");
            }

            return [];
        }

        if (Shape.Read(root, bag) is not { } records)
        {
            return [];
        }

        var references = new List<Reference>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var fields in records)
        {
            var at = fields.OwnerPosition;
            var reference = ReadOne(path, fields, at);
            if (reference is null)
            {
                continue;
            }

            if (seen.TryGetValue(reference.Key, out var firstLine))
            {
                bag.Error(fields.PositionOf("key")!.Value, DiagnosticCodes.DuplicateReference,
                    $"The key '{reference.Key}' is already used by the reference on line {firstLine}.",
                    "Give each reference its own key, for example by adding a letter: 'smith2020b'.");
                continue;
            }

            seen[reference.Key] = reference.Line;
            references.Add(reference);
        }

        return references;
    }

    private static Reference? ReadOne(string path, YamlFields fields, SourcePosition at)
    {
        var key = fields.Text("key", required: true, "li2010");
        var authors = fields.Text("authors", required: true, "Li N, Lee B, Liu RJ, et al.");
        var title = fields.Text("title", required: true, "Title of the paper");
        var kind = fields.OneOf("kind", ReferenceKinds.All);
        var summary = fields.Text("summary", required: true, "What it found, in plain words.");
        var year = fields.Number("year", required: true, "2010");
        if (key is null || authors is null || title is null || kind is null || summary is null)
        {
            return null;
        }

        return new Reference
        {
            Key = key,
            Authors = authors,
            Title = title,
            Journal = fields.Text("journal", false, "Science") ?? fields.Text("publisher", false, "US Food and Drug Administration"),
            Year = year,
            Volume = fields.Text("volume", false, "329"),
            Issue = fields.Text("issue", false, "5994"),
            Pages = fields.Text("pages", false, "959-964"),
            Doi = fields.Text("doi", false, "10.1126/science.1190287"),
            Pmid = fields.Text("pmid", false, "20724638"),
            Url = fields.Url("url", "https://www.fda.gov/...", out var refusedUrl),
            RefusedUrl = refusedUrl,
            Kind = kind,
            Population = fields.Text("population", false, "humans"),
            Retracted = string.Equals(fields.Text("retracted", false, "true"), "true", StringComparison.OrdinalIgnoreCase),
            Summary = summary,
            SourcePath = path,
            Line = at.Line,
            Column = at.Column,
            FieldPositions = fields.Positions(),
        };
    }
}
