using Clinic.Content.Diagnostics;
using Clinic.Content.Reading;
using Clinic.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Clinic.Content.Pages;

/// <summary>Finds and reads the front matter between the two <c>---</c> lines at the top of a page.</summary>
internal static class FrontMatterReader
{
    public const int DefaultOrder = 100;

    private static readonly string[] KnownFields =
        ["title", "summary", "author", "reviewer", "reviewed", "next-review", Reviews.ReviewSignature.Field, "tags", "draft", "order"];

    /// <summary>Reads the block, or reports CC008/CC001 and returns null when there is none to read.</summary>
    public static FrontMatter? Read(string text, DiagnosticBag bag, ContentLimits limits)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimStart('\uFEFF') != "---")
        {
            bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFrontMatter,
                "The page has no front matter, so it has no title, summary or review dates.",
                "Start the file with a line '---', the fields (title, summary, author, reviewer, reviewed), and another '---' line.");
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
        if (close < 0)
        {
            bag.Error(SourcePosition.Start, DiagnosticCodes.MissingFrontMatter,
                "The front matter is never closed.",
                "Add a line with only '---' after the last front-matter field.");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var root = YamlText.Parse(yaml, firstLine: 2, bag, limits);
        if (root is not YamlMappingNode mapping)
        {
            if (root is not null || yaml.Trim().Length == 0)
            {
                bag.Error(new SourcePosition(2, 1), DiagnosticCodes.InvalidField,
                    "The front matter must be a list of 'field: value' lines.",
                    "Write one field per line, for example `title: How ketamine works`.");
            }

            return null;
        }

        var fields = new YamlFields(mapping, firstLine: 2, bag, SourcePosition.Start);
        fields.WarnUnknown(KnownFields);
        // A draft is not reviewed yet: its reviewer and date stay empty until `clinic-content review sign` fills them in.
        var draft = fields.Flag("draft", fallback: false);
        var reviewed = fields.Date("reviewed", required: !draft);
        return new FrontMatter
        {
            Title = fields.Text("title", required: true, "How ketamine works in the brain"),
            Summary = fields.Text("summary", required: true, "One or two plain sentences about the page."),
            Author = fields.Text("author", required: true, "Northfield Clinic science writing team"),
            Reviewer = fields.Text("reviewer", required: !draft, "Medical Director, MD"),
            Reviewed = reviewed,
            NextReview = fields.Date("next-review", required: false) ?? reviewed?.AddMonths(12),
            Tags = fields.TextList("tags"),
            ReviewHash = fields.Text(Reviews.ReviewSignature.Field, required: false, "sha256:..."),
            Draft = draft,
            Order = fields.Number("order", required: false, "10") ?? DefaultOrder,
            FieldPositions = fields.Positions(),
        };
    }
}
