using System.Text.Json;

namespace Clinic.Content.Lint.Accuracy;

/// <summary>Reads a findings file (<c>{"findings": [...]}</c> or a bare array) and places each finding in its page body.</summary>
public static class CorpusFindings
{
    /// <summary>The findings on pages of <paramref name="corpus"/> (matched by file name); others are skipped.</summary>
    public static IReadOnlyList<CorpusFinding> Read(string path, AnnotatedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(corpus);
        using var document = ParseFile(path);
        var root = document.RootElement;
        var list = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("findings", out var inner) ? inner : root;
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: expected {{\"findings\": [...]}} as written by 'clinic-content lint --format json'");
        }

        var lineStarts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var findings = new List<CorpusFinding>();
        foreach (var item in list.EnumerateArray())
        {
            var file = Path.GetFileName(Text(item, "file"));
            if (!corpus.Pages.TryGetValue(file, out var page))
            {
                continue;
            }

            if (!lineStarts.TryGetValue(file, out var starts))
            {
                lineStarts[file] = starts = LineStarts(page.Body);
            }

            // As the scorer: 1-based lines and columns, exclusive end, an empty or missing end covers one character.
            var start = Offset(starts, page.Body.Length, Number(item, "line") ?? 1, Number(item, "column") ?? 1);
            var end = Number(item, "endLine") is { } endLine && Number(item, "endColumn") is { } endColumn
                ? Offset(starts, page.Body.Length, endLine, endColumn)
                : start + 1;
            findings.Add(new CorpusFinding(file, Text(item, "ruleId"), Text(item, "category"), start, Math.Max(end, start + 1)));
        }

        return findings;
    }

    private static JsonDocument ParseFile(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message})", ex);
        }
    }

    private static string Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static int? Number(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static int[] LineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int Offset(int[] starts, int length, int line, int column)
    {
        line = Math.Max(1, line);
        column = Math.Max(1, column);
        return line > starts.Length ? length : Math.Min(starts[line - 1] + column - 1, length);
    }
}
