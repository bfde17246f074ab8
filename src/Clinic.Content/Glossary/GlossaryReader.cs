using System.Text.RegularExpressions;
using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using Clinic.Content.References;
using Clinic.Content.Yaml;

namespace Clinic.Content.Glossary;

/// <summary>Reads content/glossary.yaml, reporting every problem with its position.</summary>
internal static partial class GlossaryReader
{
    private static readonly YamlRecords Shape = new("glossary.yaml", "terms", "term", "glossary term", "term",
        "Each item needs `term:` and `definition:` fields.", ["term", "also", "stands-for", "definition", "reference"]);

    public static SiteGlossary Read(string path, string text, IReadOnlyDictionary<string, Reference> library, DiagnosticBag bag, ContentLimits limits)
    {
        var root = YamlText.Parse(text, firstLine: 1, bag, limits);
        if (root is null)
        {
            return SiteGlossary.Empty;
        }

        if (Shape.Read(root, bag) is not { } records)
        {
            return SiteGlossary.Empty;
        }

        var terms = new List<GlossaryTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fields in records)
        {
            var term = fields.Text("term", required: true, "NMDA receptor");
            var definition = fields.Text("definition", required: true, "A docking point on nerve cells for the messenger glutamate.");
            if (term is null || definition is null)
            {
                continue;
            }

            var also = fields.TextList("also");
            var taken = also.Prepend(term).FirstOrDefault(f => !seen.Add(f));
            if (taken is not null)
            {
                bag.Error(fields.PositionOf("term")!.Value, DiagnosticCodes.DuplicateReference,
                    $"'{taken}' is already in the glossary.",
                    "Keep one entry per term; list other spellings of it under `also:`.");
                continue;
            }

            var reference = fields.Text("reference", required: false, "li2010");
            if (reference is not null && !library.ContainsKey(reference))
            {
                bag.Error(fields.PositionOf("reference")!.Value, DiagnosticCodes.InvalidField,
                    $"The reference key '{reference}' is not in references.yaml.",
                    "Use a `key:` from references.yaml, or remove the line.");
                reference = null;
            }

            var position = fields.PositionOf("definition")!.Value;
            terms.Add(new GlossaryTerm
            {
                Term = term,
                Id = IdOf(term),
                AlsoKnownAs = also,
                StandsFor = fields.Text("stands-for", required: false, "N-methyl-D-aspartate"),
                Definition = definition,
                Reference = reference,
                Line = position.Line,
                Column = position.Column,
            });
        }

        return new SiteGlossary(terms, path);
    }

    /// <summary>The anchor of a term on /glossary: lower-case words joined by hyphens.</summary>
    public static string IdOf(string term) => NotWord().Replace(term.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}
