using Clinic.Content.Lint.Text;
using Clinic.Content.Pages;

namespace Clinic.Content.Lint.Extraction;

/// <summary>Reads the front-matter title and summary as segments mapped to the characters of their YAML values.</summary>
internal static class FrontMatterExtractor
{
    /// <summary>The readable front matter fields (title, summary) as text the rules check.</summary>
    public static IReadOnlyList<TextSegment> Extract(SourceText source, FrontMatter frontMatter)
    {
        ArgumentNullException.ThrowIfNull(frontMatter);
        var segments = new List<TextSegment>(2);
        AddField(source, frontMatter, "title", frontMatter.Title, SegmentKind.Title, segments);
        AddField(source, frontMatter, "summary", frontMatter.Summary, SegmentKind.Summary, segments);
        return segments;
    }

    private static void AddField(SourceText source, FrontMatter frontMatter, string name, string? value, SegmentKind kind, List<TextSegment> segments)
    {
        if (string.IsNullOrWhiteSpace(value) || !frontMatter.FieldPositions.TryGetValue(name, out var at))
        {
            return;
        }

        var start = source.OffsetOf(at.Line, at.Column);
        var builder = new TextSegmentBuilder(source, kind);
        if (!MapValue(source.Content, start, value, builder))
        {
            // Unusual YAML (escapes, odd folding): every character points at the start of the value.
            builder = new TextSegmentBuilder(source, kind);
            foreach (var c in value)
            {
                builder.Add(c, start);
            }
        }

        if (builder.Build() is { } segment)
        {
            segments.Add(segment);
        }
    }

    /// <summary>Walks the file from the value's first character, matching the parsed value and skipping quotes, indicators and line folds.</summary>
    private static bool MapValue(string file, int start, string value, TextSegmentBuilder builder)
    {
        var i = start;
        if (i < file.Length && file[i] is '>' or '|')
        {
            i = file.IndexOf('\n', i);
            if (i < 0)
            {
                return false;
            }
        }
        else if (i < file.Length && file[i] is '"' or '\'')
        {
            i++;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                // A space in the value may be a line fold (newline plus indentation) in the file.
                var fold = i;
                while (fold < file.Length && char.IsWhiteSpace(file[fold]))
                {
                    fold++;
                }

                if (fold == i)
                {
                    return false;
                }

                builder.Add(c, i);
                i = fold;
                continue;
            }

            while (i < file.Length && char.IsWhiteSpace(file[i]) && builder.Length == 0)
            {
                i++;
            }

            if (i >= file.Length || file[i] != c)
            {
                return false;
            }

            builder.Add(c, i);
            i++;
        }

        return true;
    }
}
